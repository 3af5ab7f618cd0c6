package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.submission.Submission;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 9: a State that cannot confiscate at all is not on track on challenge C04 (low
 * value of confiscated proceeds of drug-related money-laundering), however well it does on the
 * rest of the challenge. The well-performing consumer fixture is green on C04; the same State with
 * no power to freeze, seize or confiscate (with or without conviction) and no confiscation in
 * practice falls below the green band.
 *
 * <p>The fixture's other answers stay as they are, as a careless submission would leave them: its
 * foreign freezing requests "executed" no longer meet 3(s) without powers of its own, and asset
 * management, sharing and return, with nothing to dispose of, are ruled out rather than met.
 */
class NoConfiscationChallengeTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final String CHALLENGE = "C04";

    @Test
    void aStateThatCannotConfiscateIsNotGreenOnC04() throws Exception {
        ObjectNode fixture = (ObjectNode) Json.mapper().readTree(Fixtures.read(Path.of("fixtures", "xac-consumer-2024.json")));
        double green = PACK.ruleBase().thresholds().value("report_rating_green").orElseThrow();

        SummaryView.Figures before = c04(fixture);
        assertEquals(Rating.GREEN, before.rating(), "the fixture is green on C04 before the change: " + before);

        ObjectNode cannot = fixture.deepCopy();
        ((ObjectNode) cannot.get("answers"))
                .put("LEG.FREEZE_SEIZE_CONFISCATE_POWERS", "no")
                // Confiscation without conviction is a power to confiscate too: a State with none has not this one.
                .put("LEG.NON_CONVICTION_BASED_CONFISCATION", "no")
                .put("LEG.FATF_R4_CONFISCATION_RATING", "non_compliant")
                .put("SR.DRUG_CONFISCATION_ORDERS_COUNT", 0)
                .put("SR.FATF_IO8_CONFISCATION_RATING", "low");
        SummaryView.Figures after = c04(cannot);
        assertNotEquals(Rating.GREEN, after.rating(), "no power to confiscate is not on track: " + after);
        assertTrue(after.score() < green, "C04 scores " + after.score() + ", below the green band from " + green);
    }

    private static SummaryView.Figures c04(ObjectNode submission) {
        Submission s = PACK.reader().read(Json.write(submission).getBytes(StandardCharsets.UTF_8));
        return new ReportBuilder(PACK).summary(s, PACK.evaluator().evaluate(s)).challenges().stream()
                .filter(c -> CHALLENGE.equals(c.id())).findFirst().orElseThrow();
    }
}
