package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Submission;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global ({@code outcomes}) through which the rules of one evaluation record what they
 * conclude. One instance per evaluation: it holds that submission's answers and collects its
 * findings, so sessions never share state.
 */
public final class Judge {

    private final RuleBase ruleBase;
    private final Submission submission;
    private final List<Finding> findings = new ArrayList<>();

    Judge(RuleBase ruleBase, Submission submission) {
        this.ruleBase = ruleBase;
        this.submission = submission;
    }

    /** Called by a criterion rule: evaluates the criterion its metadata declare and inserts the outcome. */
    public void judge(RuleContext context) {
        CriterionDef def = ruleBase.criterion(context.getRule().getName());
        context.getKieRuntime().insert(new Outcome(evaluate(def, submission)));
    }

    /**
     * Called by an applicability rule: the profile rules out the recommendations and criteria its
     * {@code @excludes} names, for the {@code @reason} it gives.
     */
    public void exclude(RuleContext context) {
        String rule = context.getRule().getName();
        String reason = String.valueOf(context.getRule().getMetaData().get("reason"));
        for (String target : ruleBase.exclusions(rule)) {
            boolean criterion = target.contains(".");
            String recommendation = criterion ? ruleBase.criterionById(target).recommendation() : target;
            context.getKieRuntime().insert(new Inapplicable(recommendation, criterion ? target : null, reason, rule));
        }
    }

    /** Called by the roll-up rule, once per recommendation, after every criterion has concluded. */
    public void rollUp(RecommendationFact recommendation, List<?> outcomes, List<?> exclusions) {
        List<CriterionResult> results = outcomes.stream().map(o -> ((Outcome) o).result()).toList();
        List<Inapplicable> ruledOut = exclusions.stream().map(Inapplicable.class::cast).toList();
        findings.add(RollUp.finding(ruleBase.recommendation(recommendation.getId()), results, ruledOut,
                ruleBase.challengesOf(recommendation.getId()), ruleBase.criterionOrder()));
    }

    List<Finding> findings() {
        return findings;
    }

    /** A criterion over a submission, outside any session: also what tests and the validator use. */
    static CriterionResult evaluate(CriterionDef def, Submission submission) {
        Tri met = def.met().test(submission.answers()::get);
        Tri partial = def.partial() == null ? Tri.FALSE : def.partial().test(submission.answers()::get);
        Status status;
        if (met == Tri.TRUE) {
            status = Status.MET;
        } else if (partial == Tri.TRUE) {
            status = Status.PARTIAL;
        } else if (met == Tri.FALSE && partial == Tri.FALSE) {
            status = Status.GAP;
        } else {
            status = Status.NOT_REPORTED;
        }
        Set<String> items = new LinkedHashSet<>(def.met().items());
        if (def.partial() != null) {
            items.addAll(def.partial().items());
        }
        List<ItemRead> read = items.stream().map(code -> read(code, submission.answers().get(code))).toList();
        return new CriterionResult(def.id(), def.recommendation(), def.title(), status, def.weight(), def.source(),
                def.rule().replaceFirst("^.*?(drl/)", "rules/$1"), def.cites(),
                def.met().machine(), def.partial() == null ? null : def.partial().machine(), read,
                explain(status, def, read), status == Status.MET || status == Status.NOT_REPORTED ? null : def.closes(),
                def.challenges().isEmpty() ? null : def.challenges());
    }

    private static ItemRead read(String code, Answer answer) {
        if (answer == null) {
            return new ItemRead(code, ItemRead.NOT_ANSWERED, null, null, null);
        }
        if (answer.notKnown()) {
            return new ItemRead(code, ItemRead.NOT_KNOWN, null, answer.source(), answer.note());
        }
        return new ItemRead(code, ItemRead.ANSWERED, answer.display(), answer.source(), answer.note());
    }

    private static String explain(Status status, CriterionDef def, List<ItemRead> read) {
        String found = String.join("; ", read.stream().map(r -> switch (r.state()) {
            case ItemRead.ANSWERED -> r.item() + " is " + r.value() + (r.source() != null ? " (documented)" : "");
            case ItemRead.NOT_KNOWN -> r.item() + " is not known";
            default -> r.item() + " was not answered";
        }).toList());
        String needs = "requires " + def.met().text() + (def.partial() == null ? "" : "; partly met by " + def.partial().text());
        return switch (status) {
            case MET -> "Met: " + found + "; " + needs + ".";
            case PARTIAL -> "Partly met: " + found + "; " + needs + ".";
            case GAP -> "Not met: " + found + "; " + needs + ".";
            default -> "Not reported: " + found + "; " + needs + ".";
        };
    }
}
