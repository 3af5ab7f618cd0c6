package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.evaluation.EvaluationService;
import org.junit.jupiter.api.Test;

/** The sample's own story since 2019, at the level of answers: regressions first, then what was introduced and improved. */
class ProgressMovementsTest {

    @Test
    void theMidtermTellsThePrisonRegressionFirstThenNaloxoneSyringesAndOpioidAgonistTherapy() throws Exception {
        Report report = new EvaluationService(RulePackLoader.load(null), Clock.systemUTC()).evaluate(
                Files.readAllBytes(Path.of("fixtures/xaf-midterm-2024.json")), Files.readAllBytes(Path.of("fixtures/xaf-baseline-2019.json")));
        List<Progress.Movement> moves = report.progress().movements();
        Progress.Movement first = moves.get(0);
        assertEquals(Progress.REGRESSED, first.kind());
        assertEquals("DR.TREATMENT_IN_PRISONS", first.item());
        assertEquals("all_prisons", first.before());
        assertEquals("some_prisons", first.after());
        assertTrue(first.criteria().stream().anyMatch(c -> c.before().equals("MET") && c.after().equals("PARTIAL")), first.toString());

        int naloxone = index(moves, "DR.NALOXONE_TAKE_HOME");
        int syringes = index(moves, "DR.NSP_SYRINGES_PER_PWID");
        int oat = index(moves, "DR.OAT_COVERAGE_PERCENT");
        assertEquals(Progress.INTRODUCED, moves.get(naloxone).kind());
        assertEquals("no", moves.get(naloxone).before());
        assertEquals(Progress.IMPROVED, moves.get(syringes).kind());
        assertEquals("45", moves.get(syringes).before());
        assertEquals("160", moves.get(syringes).after());
        assertEquals(Progress.IMPROVED, moves.get(oat).kind());
        assertEquals("8", moves.get(oat).before());
        assertEquals("19", moves.get(oat).after());
        assertTrue(0 < naloxone && naloxone < syringes && naloxone < oat, "regression, then introduced, then improved: " + moves);
        // every regression and worsening comes before any improvement
        int lastBad = 0;
        int firstGood = moves.size();
        for (int i = 0; i < moves.size(); i++) {
            String k = moves.get(i).kind();
            if (k.equals(Progress.REGRESSED) || k.equals(Progress.WORSENED)) {
                lastBad = i;
            } else if (firstGood == moves.size() && (k.equals(Progress.IMPROVED) || k.equals(Progress.INTRODUCED))) {
                firstGood = i;
            }
        }
        assertTrue(lastBad < firstGood);
        // prison treatment coverage fell 25 -> 23, but the item is context, read by no criterion: no direction is claimed
        assertEquals(Progress.CHANGED, moves.get(index(moves, "DR.PRISON_DRUG_TREATMENT_COVERAGE_PERCENT")).kind());
    }

    private static int index(List<Progress.Movement> moves, String item) {
        for (int i = 0; i < moves.size(); i++) {
            if (moves.get(i).item().equals(item)) {
                return i;
            }
        }
        throw new AssertionError(item + " is not among the movements");
    }
}
