package org.gapcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gapcheck.catalogue.RecommendationId;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Status;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Source;
import org.gapcheck.submission.Submission;

/**
 * Ranks the unmet criteria by what meeting them would move. For each applicable criterion that is
 * GAP or PARTIAL, the submission is re-evaluated with the answers its requirement asks for; the
 * recommendations whose status rises, and the challenges they serve, are counted. Criteria closed
 * by the same answers are one action. Ranked by recommendations moved, then challenges, then weight.
 */
public final class ActionPlanner {

    private final RuleBase ruleBase;
    private final Evaluator evaluator;
    private final Map<String, List<String>> challengesByRecommendation;

    public ActionPlanner(RuleBase ruleBase, Evaluator evaluator, Map<String, List<String>> challengesByRecommendation) {
        this.ruleBase = ruleBase;
        this.evaluator = evaluator;
        this.challengesByRecommendation = challengesByRecommendation;
    }

    public List<Action> plan(Submission submission, List<Finding> findings) {
        Map<String, Status> before = new HashMap<>();
        findings.forEach(f -> before.put(f.recommendation(), f.status()));
        // Same answers, same action: criteria are grouped by the answers that close them.
        Map<Map<String, Object>, List<CriterionResult>> byAnswers = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.status().judged()) {
                continue;
            }
            for (CriterionResult c : f.criteria()) {
                if (c.status() == Status.GAP || c.status() == Status.PARTIAL) {
                    Map<String, Object> answers = new TreeMap<>();
                    satisfy(ruleBase.criterionById(c.id()).met(), answers);
                    byAnswers.computeIfAbsent(answers, k -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.recommendation(), f));
        List<Candidate> candidates = new ArrayList<>();
        for (var entry : byAnswers.entrySet()) {
            Map<String, Answer> changes = new HashMap<>();
            entry.getKey().forEach((item, value) -> changes.put(item, answer(item, value, submission.answers().get(item))));
            Set<String> moved = new TreeSet<>(RecommendationId.ORDER);
            evaluator.whatIf(byId, submission, changes).forEach((recommendation, after) -> {
                if (after.rank() > before.get(recommendation).rank()) {
                    moved.add(recommendation);
                }
            });
            Set<String> challenges = new TreeSet<>();
            moved.forEach(r -> challenges.addAll(challengesByRecommendation.getOrDefault(r, List.of())));
            int weight = entry.getValue().stream().mapToInt(CriterionResult::weight).sum();
            candidates.add(new Candidate(entry.getValue(), entry.getKey(), List.copyOf(moved), List.copyOf(challenges), weight));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.moved().size())
                .thenComparingInt(c -> -c.challenges().size())
                .thenComparingInt(c -> -c.weight())
                .thenComparing(c -> c.criteria().get(0).id(), RecommendationId.ORDER));
        List<Action> actions = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> closes = new LinkedHashSet<>();
            c.criteria().forEach(r -> closes.add(ruleBase.criterionById(r.id()).closes()));
            actions.add(new Action(actions.size() + 1, c.criteria().stream().map(CriterionResult::id).toList(),
                    String.join(" ", closes), c.answers(), c.moved(), c.challenges()));
        }
        return actions;
    }

    private record Candidate(List<CriterionResult> criteria, Map<String, Object> answers, List<String> moved,
                             List<String> challenges, int weight) {
    }

    /** Answers that make a requirement true: the first value of a list, the figure of a comparison, the first branch of an "or". */
    static void satisfy(Requirement requirement, Map<String, Object> answers) {
        if (requirement instanceof Requirement.Group group && group.all()) {
            group.parts().forEach(p -> satisfy(p, answers));
        } else if (requirement instanceof Requirement.Group group) {
            satisfy(group.parts().get(0), answers);
        } else if (requirement instanceof Requirement.Comparison c) {
            switch (c.operator()) {
                case "documented" -> answers.merge(c.item(), DOCUMENTED, (old, doc) -> old instanceof String t && !t.endsWith(DOCUMENTED)
                        ? t + " " + DOCUMENTED : old);
                case "present" -> put(answers, c.item(), DESCRIBED);
                case "in" -> put(answers, c.item(), ((List<?>) c.value()).get(0));
                case ">" -> put(answers, c.item(), (Double) c.value() + 1);
                case "<" -> put(answers, c.item(), (Double) c.value() - 1);
                default -> put(answers, c.item(), c.value());
            }
        }
    }

    /** A text item's answer: any description meets "present". */
    private static final String DESCRIBED = "(a description)";
    /** Marks an answer that must carry a source: "considered (documented)". */
    private static final String DOCUMENTED = "(documented)";

    private static void put(Map<String, Object> answers, String item, Object value) {
        Object old = answers.get(item);
        boolean documented = old instanceof String t && t.endsWith(DOCUMENTED);
        answers.put(item, documented && value instanceof String v ? v + " " + DOCUMENTED : value);
    }

    private static Answer answer(String item, Object value, Answer current) {
        if (value instanceof Double d) {
            return new Answer(item, null, d, null, null, null);
        }
        String text = value.toString();
        if (text.startsWith(DESCRIBED)) {
            return new Answer(item, null, null, "described", current == null ? null : current.source(), null);
        }
        boolean documented = text.endsWith(DOCUMENTED);
        String token = documented ? text.substring(0, text.length() - DOCUMENTED.length()).strip() : text;
        Source source = documented ? new Source("the document that records it", null, null)
                : current == null ? null : current.source();
        if (token.isEmpty()) {
            // Only a source is asked for: keep the answer, add the source.
            return current == null ? new Answer(item, Answer.NOT_KNOWN, null, null, source, null)
                    : new Answer(item, current.token(), current.number(), current.text(), source, current.note());
        }
        return new Answer(item, token, null, null, source, null);
    }
}
