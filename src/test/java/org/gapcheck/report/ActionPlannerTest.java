package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.RequirementParser;
import org.gapcheck.engine.Status;
import org.gapcheck.submission.Submission;
import org.junit.jupiter.api.Test;

/**
 * The action list over a small hand-built set of findings (real criteria of the pack, statuses set
 * by hand), so that each ranking step can be seen deciding: recommendations moved, then
 * challenges, then weight, then the criterion id in catalogue order.
 */
class ActionPlannerTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final Map<String, List<String>> CHALLENGES = Map.of(
            "1(k)", List.of("C06", "C07"), "4(b)", List.of("C07"), "4(m)", List.of("C07"), "1(m)", List.of("C06", "C09"),
            "3(a)", List.of("C03"));
    private static final ActionPlanner PLANNER = new ActionPlanner(PACK.ruleBase(), PACK.evaluator(), CHALLENGES);
    private static final Submission NOTHING_ANSWERED = new Submission("XAA", 2024, "latin_american_caribbean", Map.of(), Map.of(), Map.of(), Map.of());

    private static CriterionResult criterion(String id, Status status) {
        CriterionDef def = PACK.ruleBase().criterionById(id);
        return new CriterionResult(id, def.recommendation(), def.title(), status, def.weight(), null, null, null, null, null,
                List.of(), "why", def.closes(), null, null, def.role(), null);
    }

    private static Finding finding(String recommendation, Status status, CriterionResult... criteria) {
        return new Finding(recommendation, Integer.parseInt(recommendation.substring(0, 1)), status, null, null, "", List.of(), List.of(criteria));
    }

    private static final List<Finding> FINDINGS = List.of(
            finding("1(b)", Status.PARTIAL, criterion("1(b).early_intervention_policy", Status.PARTIAL),
                    criterion("1(b).youth_referral", Status.GAP)),
            finding("1(k)", Status.GAP, criterion("1(k).prison_treatment", Status.GAP)),
            finding("1(m)", Status.PARTIAL, criterion("1(m).overdose_policy", Status.GAP), criterion("1(m).naloxone_take_home", Status.MET)),
            finding("3(a)", Status.GAP, criterion("3(a).crime_prevention_strategy", Status.PARTIAL),
                    criterion("3(a).community_policing_prevention", Status.GAP)),
            finding("4(b)", Status.GAP, criterion("4(b).prison_treatment_equal_community", Status.GAP)),
            finding("4(m)", Status.GAP, criterion("4(m).prison_treatment_available", Status.GAP)),
            finding("5(a)", Status.NOT_REPORTED, criterion("5(a).stimulant_treatment", Status.GAP)));

    private static final List<Action> PLAN = PLANNER.plan(NOTHING_ANSWERED, FINDINGS);

    @Test
    void rankedByRecommendationsMovedThenChallengesThenWeightThenId() {
        List<List<String>> criteria = PLAN.stream().map(Action::criteria).toList();
        assertEquals(List.of(
                List.of("1(k).prison_treatment", "4(b).prison_treatment_equal_community", "4(m).prison_treatment_available"),
                List.of("1(m).overdose_policy"),
                List.of("3(a).community_policing_prevention"),
                List.of("3(a).crime_prevention_strategy"),
                List.of("1(b).early_intervention_policy"),
                List.of("1(b).youth_referral")), criteria);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), PLAN.stream().map(Action::rank).toList());
    }

    @Test
    void criteriaClosedByTheSameAnswersAreOneActionThatMovesEachOfTheirRecommendations() {
        Action prisons = PLAN.get(0);
        assertEquals(Map.of("DR.TREATMENT_IN_PRISONS", "all_prisons"), prisons.answers());
        assertEquals(List.of("1(k)", "4(b)", "4(m)"), prisons.recommendationsMoved());
        assertEquals(List.of("C06", "C07"), prisons.challengesMoved());
        for (String id : prisons.criteria()) {
            assertTrue(prisons.closes().contains(PACK.ruleBase().criterionById(id).closes()), id);
        }
    }

    @Test
    void anAnswerThatRaisesNoRecommendationIsListedLastMovingNothing() {
        Action last = PLAN.get(PLAN.size() - 1);
        assertEquals(List.of(), last.recommendationsMoved());
        assertEquals(List.of(), last.challengesMoved());
    }

    @Test
    void aRecommendationNotJudgedGetsNoAction() {
        assertTrue(PLAN.stream().noneMatch(a -> a.criteria().contains("5(a).stimulant_treatment")));
    }

    @Test
    void theAnswersAskedForMakeTheRequirementTrue() {
        RequirementParser parser = new RequirementParser(PACK.questionnaire(), PACK.ruleBase().thresholds());
        assertEquals(Map.of("DR.NSP_SYRINGES_PER_PWID", 200.0, "DR.NALOXONE_TAKE_HOME", "yes"),
                satisfied(parser.parse("DR.NSP_SYRINGES_PER_PWID >= 200 and DR.NALOXONE_TAKE_HOME in [yes, partly]")));
        assertEquals(Map.of("DR.NSP_SYRINGES_PER_PWID", 201.0), satisfied(parser.parse("DR.NSP_SYRINGES_PER_PWID > 200")));
        assertEquals(Map.of("LEG.CONTROLLED_MEDICINES_LAW_REVIEW", "yes"), satisfied(parser.parse(
                "LEG.CONTROLLED_MEDICINES_LAW_REVIEW == yes or (LEG.CONTROLLED_MEDICINES_LAW_REVIEW == considered"
                        + " and LEG.CONTROLLED_MEDICINES_LAW_REVIEW documented)")));
        assertEquals(Map.of("LEG.CONTROLLED_MEDICINES_LAW_REVIEW", "considered (documented)"), satisfied(parser.parse(
                "LEG.CONTROLLED_MEDICINES_LAW_REVIEW == considered and LEG.CONTROLLED_MEDICINES_LAW_REVIEW documented")));
    }

    private static Map<String, Object> satisfied(Requirement requirement) {
        Map<String, Object> answers = new TreeMap<>();
        ActionPlanner.satisfy(requirement, answers);
        return answers;
    }

    @Test
    void aPlanOverNoUnmetCriterionIsEmpty() {
        List<Finding> met = new ArrayList<>();
        met.add(finding("1(m)", Status.MET, criterion("1(m).overdose_policy", Status.MET)));
        assertEquals(List.of(), PLANNER.plan(NOTHING_ANSWERED, met));
    }
}
