package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Addressee;
import org.gapcheck.catalogue.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roll-up of rules/REVIEW.md rule 3: an element never holds back a recommendation whose operative criteria are met. */
class RollUpTest {

    private static Status roll(List<Status> statuses, boolean... elements) {
        int[] weights = new int[statuses.size()];
        java.util.Arrays.fill(weights, 2);
        return RollUp.status(statuses, weights, elements);
    }

    @Test
    void everyOperativeCriterionMetIsMetWhateverTheElements() {
        assertEquals(Status.MET, roll(List.of(Status.MET, Status.GAP, Status.NOT_REPORTED), false, true, true));
    }

    @Test
    void anUnmetOperativeCriterionIsWeighedWithTheElements() {
        assertEquals(Status.PARTIAL, roll(List.of(Status.PARTIAL, Status.MET), false, true));
        assertEquals(Status.GAP, roll(List.of(Status.GAP, Status.GAP), false, true));
        assertEquals(Status.PARTIAL, roll(List.of(Status.GAP, Status.MET), false, true));
    }

    @Test
    void anUnreportedOperativeCriterionKeepsEverythingElseMetFromMet() {
        assertEquals(Status.NOT_REPORTED, roll(List.of(Status.MET, Status.NOT_REPORTED, Status.MET), false, false, true));
        assertEquals(Status.PARTIAL, roll(List.of(Status.GAP, Status.NOT_REPORTED, Status.MET), false, false, true));
    }

    @Test
    void unansweredElementsDoNotMakeAFailedOperativeCriterionUnreported() {
        assertEquals(Status.GAP, roll(List.of(Status.GAP, Status.NOT_REPORTED, Status.NOT_REPORTED, Status.NOT_REPORTED),
                false, true, true, true));
    }

    @Test
    void unmarkedCriteriaCountAsOperative() {
        assertEquals(Status.PARTIAL, roll(List.of(Status.MET, Status.GAP), false, false));
    }

    @Test
    void onlyElementsRollUpByWeight() {
        assertEquals(Status.PARTIAL, roll(List.of(Status.MET, Status.GAP), true, true));
    }

    @Test
    void operativeCriteriaRuledOutLeaveTheElementsToDecide() {
        assertEquals(Status.PARTIAL, roll(List.of(Status.NOT_APPLICABLE, Status.MET, Status.GAP), false, true, true));
    }

    /**
     * Each threshold of the rule exactly at, just below and just above its boundary (weights are
     * whole numbers from 1 to 5, so "just" is the nearest split they allow), through both ways the
     * rule is applied: {@link RollUp#status} (what-ifs) and {@link RollUp#finding} (reports).
     * Criteria are written STATUS/weight, with /e for an element; unmarked ones are operative.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        half the weight judged (elements only): enough                  | GAP/2/e NOT_REPORTED/2/e                    | GAP
        just under half judged: too little                              | GAP/4/e NOT_REPORTED/5/e                    | NOT_REPORTED
        just over half judged: enough                                   | GAP/5/e NOT_REPORTED/4/e                    | GAP
        half the operative weight judged: enough, however few elements  | GAP/1 NOT_REPORTED/1 NOT_REPORTED/5/e       | GAP
        just under half the operative weight, under half overall        | GAP/1 NOT_REPORTED/2 NOT_REPORTED/5/e       | NOT_REPORTED
        just over half the operative weight, under half overall         | GAP/2 NOT_REPORTED/1 NOT_REPORTED/5/e       | GAP
        under half the operative weight but half overall                | GAP/1 NOT_REPORTED/2 MET/1/e                | PARTIAL
        score exactly 1                                                 | MET/1/e MET/5/e                             | MET
        score just under 1                                              | MET/5/e MET/5/e PARTIAL/1/e                 | PARTIAL
        score exactly 0                                                 | GAP/1/e GAP/5/e                             | GAP
        score just over 0                                               | GAP/5/e GAP/5/e PARTIAL/1/e                 | PARTIAL
        score 1 with an operative unreported                            | MET/1 NOT_REPORTED/1 MET/5/e                | NOT_REPORTED
        score 1 with every operative ruled out                          | NOT_APPLICABLE/1 MET/1/e                    | MET
        nothing applicable                                              | NOT_APPLICABLE/1 NOT_APPLICABLE/2/e         | NOT_APPLICABLE
        """)
    void eachThresholdAtJustBelowAndJustAboveItsBoundary(String why, String criteria, Status expected) {
        List<CriterionResult> results = new ArrayList<>();
        for (String c : criteria.trim().split("\\s+")) {
            String[] parts = c.split("/");
            results.add(new CriterionResult("9(z).c" + results.size(), "9(z)", "a criterion", Status.valueOf(parts[0]),
                    Integer.parseInt(parts[1]), null, null, null, null, null, List.of(), "why", null, null, null,
                    parts.length > 2 ? CriterionDef.ELEMENT : CriterionDef.OPERATIVE, null));
        }
        int[] weights = results.stream().mapToInt(CriterionResult::weight).toArray();
        boolean[] elements = new boolean[weights.length];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = results.get(i).element();
        }
        assertEquals(expected, RollUp.status(results.stream().map(CriterionResult::status).toList(), weights, elements), "status()");
        Recommendation recommendation = new Recommendation("9(z)", 9, null, "The text.", "para. 9(z)", null, Addressee.MEMBER_STATES,
                null, null, null);
        assertEquals(expected, RollUp.finding(recommendation, results, List.of(), List.of(), Map.of()).status(), "finding()");
    }
}
