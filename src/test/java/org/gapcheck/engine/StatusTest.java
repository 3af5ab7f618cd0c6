package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void judgementsRankGapPartialMetAndEverythingElseBelowThem() {
        List<Status> judged = Arrays.stream(Status.values()).filter(Status::judged).sorted(Comparator.comparingInt(Status::rank)).toList();
        assertEquals(List.of(Status.GAP, Status.PARTIAL, Status.MET), judged);
        for (Status s : Status.values()) {
            assertTrue(s.judged() || s.rank() < Status.GAP.rank(), s + " judges nothing yet ranks with the judgements");
        }
    }

    @Test
    void creditRisesWithRank() {
        assertTrue(Status.GAP.credit() < Status.PARTIAL.credit() && Status.PARTIAL.credit() < Status.MET.credit());
        assertEquals(0.0, Status.NOT_REPORTED.credit());
    }
}
