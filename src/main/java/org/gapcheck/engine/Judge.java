package org.gapcheck.engine;

import java.util.List;
import java.util.function.Function;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Submission;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global ({@code outcomes}) through which the rules of one session record what they conclude.
 * One instance per evaluation, so sessions never share state. Consequences only set flags: the
 * explanations are written afterwards, and only when a report asks for them.
 */
public final class Judge {

    private final RuleBase ruleBase;
    private final Answers answers;
    private final Verdicts verdicts;

    Judge(RuleBase ruleBase, Answers answers) {
        this.ruleBase = ruleBase;
        this.answers = answers;
        this.verdicts = new Verdicts(ruleBase.criteria().size(), ruleBase.applicability().size());
    }

    /** A criterion's met rule fired. */
    public void met(int criterion) {
        verdicts.mark(criterion, Verdicts.MET);
    }

    /** A criterion's partial rule fired. */
    public void partial(int criterion) {
        verdicts.mark(criterion, Verdicts.PARTIAL);
    }

    /** An applicability rule fired. */
    public void exclude(int rule) {
        verdicts.fired(rule);
    }

    /**
     * Called by a criterion rule of the pack's DRL when it is compiled by KIE as written (the
     * benchmarks' comparison modes): tests the requirements of the criterion the rule declares.
     */
    public void judge(RuleContext context) {
        int index = ruleBase.criterionIndex(context.getRule().getName());
        CriterionDef def = ruleBase.criteria().get(index);
        if (def.met().test(answers) == Tri.TRUE) {
            met(index);
        }
        if (def.partial() != null && def.partial().test(answers) == Tri.TRUE) {
            partial(index);
        }
    }

    /** Called by an applicability rule of the pack's DRL compiled by KIE as written. */
    public void exclude(RuleContext context) {
        exclude(ruleBase.applicabilityIndex(context.getRule().getName()));
    }

    /**
     * The verdicts, once the session has fired: a criterion neither of whose rules fired is a gap
     * when its requirements are false, and not reported when an unanswered item leaves them open;
     * one whose partial rule fired while an unanswered item leaves MET open is not reported either,
     * since the full answer could meet it.
     */
    Verdicts verdicts() {
        List<CriterionDef> criteria = ruleBase.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (verdicts.unmatched(i) && status(criteria.get(i), answers) == Status.GAP) {
                verdicts.mark(i, Verdicts.NOT_MET);
            } else if (verdicts.partialOnly(i) && criteria.get(i).met().test(answers) == Tri.UNKNOWN) {
                verdicts.leaveOpen(i);
            }
        }
        return verdicts;
    }

    /** A criterion's status over some answers, outside any session: what-ifs, tests and the validator use it. */
    static Status status(CriterionDef def, Function<String, Answer> answers) {
        return Status.of(def.met().test(answers), def.partial() == null ? Tri.FALSE : def.partial().test(answers));
    }

    /** The explained result of a criterion whose status is known: the items read, the values found, the requirement. */
    static CriterionResult result(CriterionDef def, Status status, Submission submission) {
        List<ItemRead> read = def.items().stream().map(code -> read(code, submission.answers().get(code))).toList();
        return result(def, status, read, explain(status, def, read));
    }

    /**
     * The result of a criterion without its explanation: which items it read and whether they were
     * answered (what scores and completeness need), without the values and words a report shows.
     */
    static CriterionResult bare(CriterionDef def, Status status, Submission submission) {
        List<ItemRead> read = new java.util.ArrayList<>(def.items().size());
        for (String item : def.items()) {
            read.add(new ItemRead(item, state(submission.answers().get(item)), null, null, null));
        }
        return result(def, status, read, null);
    }

    private static CriterionResult result(CriterionDef def, Status status, List<ItemRead> read, String explanation) {
        return new CriterionResult(def.id(), def.recommendation(), def.title(), status, def.weight(), def.source(),
                def.location(), def.cites(), def.metMachine(), def.partialMachine(), read, explanation,
                status == Status.MET || status == Status.NOT_REPORTED ? null : def.closes(),
                def.challenges().isEmpty() ? null : def.challenges(), def.basis() == null ? null : def.basis().toString(), def.role(), null);
    }

    private static String state(Answer answer) {
        return answer == null ? ItemRead.NOT_ANSWERED : answer.notKnown() ? ItemRead.NOT_KNOWN : ItemRead.ANSWERED;
    }

    private static ItemRead read(String code, Answer answer) {
        String state = state(answer);
        return switch (state) {
            case ItemRead.NOT_ANSWERED -> new ItemRead(code, state, null, null, null);
            case ItemRead.NOT_KNOWN -> new ItemRead(code, state, null, answer.source(), answer.note());
            default -> new ItemRead(code, state, answer.display(), answer.source(), answer.note());
        };
    }

    private static String explain(Status status, CriterionDef def, List<ItemRead> read) {
        StringBuilder found = new StringBuilder(switch (status) {
            case MET -> "Met: ";
            case PARTIAL -> "Partly met: ";
            case GAP -> "Not met: ";
            default -> "Not reported: ";
        });
        for (int i = 0; i < read.size(); i++) {
            ItemRead r = read.get(i);
            found.append(i == 0 ? "" : "; ").append(r.item()).append(switch (r.state()) {
                case ItemRead.ANSWERED -> " is " + r.value() + (r.source() != null ? " (documented)" : "");
                case ItemRead.NOT_KNOWN -> " is not known";
                default -> " was not answered";
            });
        }
        return found.append("; ").append(def.needs()).append('.').toString();
    }
}
