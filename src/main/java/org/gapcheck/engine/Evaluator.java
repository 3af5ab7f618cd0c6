package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
}
