package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
