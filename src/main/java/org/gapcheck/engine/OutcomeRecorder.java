package org.gapcheck.engine;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global ({@code outcomes}) through which the rules of one session record which of them fired.
 * It decides nothing: a rule fires when its requirement's test, a Java lambda, says it holds, and
 * its consequence sets a flag here; after the session {@link #verdicts} tells GAP from NOT_REPORTED
 * among the criteria whose rules did not fire. One instance per evaluation, so sessions never share
 * state. The explanations are written afterwards ({@link CriterionResults}), and only when a report
 * asks for them.
 */
public final class OutcomeRecorder {

    private final RuleBase ruleBase;
    private final Answers answers;
    private final Verdicts verdicts;

    OutcomeRecorder(RuleBase ruleBase, Answers answers) {
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
     * Called by a criterion rule of the pack's DRL when KIE builds the DRL as written (the
     * benchmarks' comparison modes), where the rule has no conditions of its own: tests the
     * requirements of the criterion the rule declares, and records the outcome.
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

    /** Called by an applicability rule of the pack's DRL when KIE builds the DRL as written. */
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
            if (verdicts.unmatched(i) && criteria.get(i).status(answers) == Status.GAP) {
                verdicts.mark(i, Verdicts.NOT_MET);
            } else if (verdicts.partialOnly(i) && criteria.get(i).met().test(answers) == Tri.UNKNOWN) {
                verdicts.leaveOpen(i);
            }
        }
        return verdicts;
    }
}
