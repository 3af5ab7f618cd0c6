package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Submission;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates a validated submission against a rule base: each call runs in a stateless session
 * drawn from the rule base's pool, with its own {@link OutcomeRecorder} as the global, so
 * evaluation is side-effect free and safe from any number of threads at once. Findings come in
 * catalogue order whatever the order of the answers.
 */
public final class Evaluator {

    private final RuleBase ruleBase;
    private final List<Recommendation> recommendations;
    private final Map<String, Map<String, String>> derivedProfiles;

    public Evaluator(RuleBase ruleBase, List<Recommendation> recommendations) {
        this(ruleBase, recommendations, Map.of());
    }

    /** @param derivedProfiles the profile fields the pack sets per country code (regions.yaml), which a submission cannot override */
    public Evaluator(RuleBase ruleBase, List<Recommendation> recommendations, Map<String, Map<String, String>> derivedProfiles) {
        this.ruleBase = ruleBase;
        this.recommendations = List.copyOf(recommendations);
        this.derivedProfiles = derivedProfiles;
    }

    /** The rules only: which criterion and applicability rules fired for this submission, unexplained. */
    public Verdicts run(Submission submission) {
        StatelessKieSession session = ruleBase.session();
        Answers answers = new Answers(submission.answers(), submission.reportingYear());
        OutcomeRecorder outcomes = new OutcomeRecorder(ruleBase, answers);
        session.setGlobal("outcomes", outcomes);
        session.execute(List.of(answers, new Profile(submission.profile(), derivedProfiles.getOrDefault(submission.country(), Map.of()))));
        return outcomes.verdicts();
    }

    /** The rules, then one explained finding per recommendation, rolled up from its criteria (see {@link RollUp}). */
    public List<Finding> evaluate(Submission submission) {
        return findings(submission, run(submission), true);
    }

    /**
     * The findings of verdicts reached over this submission, in catalogue order.
     *
     * @param explain whether each criterion says what it read and why it concluded so; statuses
     *                and scores are the same either way, and summaries of many submissions skip it
     */
    public List<Finding> findings(Submission submission, Verdicts verdicts, boolean explain) {
        Map<String, List<Inapplicable>> ruledOut = new HashMap<>();
        List<Applicability> rules = ruleBase.applicability();
        for (int k = 0; k < rules.size(); k++) {
            if (!verdicts.ruledOut(k)) {
                continue;
            }
            Applicability rule = rules.get(k);
            for (String target : rule.targets()) {
                boolean criterion = target.contains(".");
                String recommendation = criterion ? ruleBase.criterionById(target).recommendation() : target;
                ruledOut.computeIfAbsent(recommendation, r -> new ArrayList<>())
                        .add(new Inapplicable(recommendation, criterion ? target : null, rule.reason(), rule.name()));
            }
        }
        Answers answers = new Answers(submission.answers(), submission.reportingYear());
        for (int i : ruleBase.criteriaWithAnswerApplicability()) {
            CriterionDef def = ruleBase.criteria().get(i);
            if (answerRulesOut(def, answers)) {
                ruledOut.computeIfAbsent(def.recommendation(), r -> new ArrayList<>())
                        .add(new Inapplicable(def.recommendation(), def.id(), def.notApplicableReason(), def.location()));
            }
        }
        for (org.gapcheck.submission.Reservation r : submission.reservations().values()) {
            CriterionDef def = ruleBase.criterionById(r.criterion());
            // The reader admits reservations on qualified criteria only; a pack loaded since may not have this one.
            if (def != null && def.qualifier() != null) {
                ruledOut.computeIfAbsent(def.recommendation(), k -> new ArrayList<>()).add(new Inapplicable(def.recommendation(), def.id(),
                        "Reservation under \"" + def.qualifier() + "\": " + r.reason() + " (" + r.law() + ")", "reservation", r));
            }
        }
        List<Finding> findings = new ArrayList<>(recommendations.size());
        for (Recommendation recommendation : recommendations) {
            int[] criteria = ruleBase.criteriaOf(recommendation.id());
            List<CriterionResult> results = new ArrayList<>(criteria.length);
            for (int i : criteria) {
                CriterionDef def = ruleBase.criteria().get(i);
                results.add(explain ? CriterionResults.explained(def, verdicts.status(i), submission)
                        : CriterionResults.bare(def, verdicts.status(i), submission));
            }
            findings.add(RollUp.finding(recommendation, results, ruledOut.getOrDefault(recommendation.id(), List.of()),
                    ruleBase.challengesOf(recommendation.id()), ruleBase.criterionOrder()));
        }
        return List.copyOf(findings);
    }

    /** Whether the criterion's own answers say it cannot apply (its {@code @not_applicable_if} holds). */
    private static boolean answerRulesOut(CriterionDef def, Function<String, Answer> answers) {
        return def.notApplicableIf() != null && def.notApplicableIf().test(answers) == Tri.TRUE;
    }

    /** Whether any criterion reads this item. */
    public boolean read(String item) {
        return !ruleBase.recommendationsReading(item).isEmpty();
    }

    /**
     * What a change of answers would do, without a new session: the criteria that read a changed
     * item are judged again and their recommendations rolled up again (see {@link RollUp#status}).
     * The profile, and so every applicability decision, stays the base's. Returns the new status
     * of every recommendation the change touches. Used to weigh many what-ifs quickly.
     *
     * @param base    the findings of {@code submission}, by recommendation id
     * @param changes the changed answers by item code
     */
    public Map<String, Status> whatIf(Map<String, Finding> base, Submission submission, Map<String, Answer> changes) {
        Answers answers = new Answers(item -> changes.containsKey(item) ? changes.get(item) : submission.answers().get(item),
                submission.reportingYear());
        Answers given = new Answers(submission.answers(), submission.reportingYear());
        Set<String> touched = new LinkedHashSet<>();
        changes.keySet().forEach(item -> touched.addAll(ruleBase.recommendationsReading(item)));
        Map<String, Status> out = new HashMap<>();
        for (String id : touched) {
            Finding f = base.get(id);
            if (f == null || f.status() == Status.NOT_APPLICABLE || f.status() == Status.NOT_ASSESSED) {
                continue;
            }
            List<Status> statuses = new ArrayList<>(f.criteria().size());
            int[] weights = new int[f.criteria().size()];
            boolean[] elements = new boolean[weights.length];
            for (int i = 0; i < weights.length; i++) {
                CriterionResult c = f.criteria().get(i);
                weights[i] = c.weight();
                elements[i] = c.element();
                CriterionDef def = ruleBase.criterionById(c.id());
                boolean ruledOut = c.status() == Status.NOT_APPLICABLE && !answerRulesOut(def, given);
                boolean reads = !ruledOut && def.reads(changes.keySet());
                statuses.add(!reads ? c.status() : answerRulesOut(def, answers) ? Status.NOT_APPLICABLE : def.status(answers));
            }
            out.put(id, RollUp.status(statuses, weights, elements));
        }
        return out;
    }
}
