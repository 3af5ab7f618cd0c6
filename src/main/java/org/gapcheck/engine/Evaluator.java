package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.submission.Submission;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates a validated submission against a rule base: a fresh stateless session per call, so
 * evaluation is side-effect free and safe from any number of threads at once. Findings come in
 * catalogue order whatever the order of the answers.
 */
public final class Evaluator {

    private final RuleBase ruleBase;
    private final Map<String, Integer> catalogueOrder = new HashMap<>();

    public Evaluator(RuleBase ruleBase, List<Recommendation> recommendations) {
        this.ruleBase = ruleBase;
        recommendations.forEach(r -> catalogueOrder.put(r.id(), catalogueOrder.size()));
    }

    public List<Finding> evaluate(Submission submission) {
        StatelessKieSession session = ruleBase.kieBase().newStatelessKieSession();
        Judge judge = new Judge(ruleBase, submission);
        session.setGlobal("outcomes", judge);
        List<Object> facts = new ArrayList<>(ruleBase.recommendationFacts());
        facts.add(new Answers(submission.answers()));
        facts.add(new Profile(submission.profile()));
        session.execute(facts);
        List<Finding> findings = new ArrayList<>(judge.findings());
        findings.sort(Comparator.comparingInt(f -> catalogueOrder.getOrDefault(f.recommendation(), Integer.MAX_VALUE)));
        return List.copyOf(findings);
    }

    /**
     * The findings after some answers changed, without a new session: criteria that read a changed
     * item are judged again, and their recommendations rolled up again. The profile (and so every
     * applicability decision) is the base's. Used to weigh many what-if changes quickly.
     */
    public List<Finding> reevaluate(List<Finding> base, Submission changed, Set<String> changedItems) {
        List<Finding> out = new ArrayList<>(base.size());
        for (Finding f : base) {
            boolean affected = f.status() != Status.NOT_APPLICABLE && f.status() != Status.NOT_ASSESSED
                    && f.criteria().stream().anyMatch(c -> c.read().stream().anyMatch(r -> changedItems.contains(r.item())));
            if (!affected) {
                out.add(f);
                continue;
            }
            List<CriterionResult> results = new ArrayList<>();
            List<Inapplicable> exclusions = new ArrayList<>();
            for (CriterionResult c : f.criteria()) {
                if (c.status() == Status.NOT_APPLICABLE) {
                    exclusions.add(new Inapplicable(c.recommendation(), c.id(), c.explanation(), null));
                    results.add(c);
                } else if (c.read().stream().anyMatch(r -> changedItems.contains(r.item()))) {
                    results.add(Judge.evaluate(ruleBase.criterionById(c.id()), changed));
                } else {
                    results.add(c);
                }
            }
            out.add(RollUp.finding(ruleBase.recommendation(f.recommendation()), results, exclusions,
                    f.challenges(), ruleBase.criterionOrder()));
        }
        return out;
    }
}
