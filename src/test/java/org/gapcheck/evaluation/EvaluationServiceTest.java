package org.gapcheck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.report.Report;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.junit.jupiter.api.Test;

/** A submission with an earlier one: the two must be of one country, the earlier one earlier, and each valid. */
class EvaluationServiceTest {

    private static final EvaluationService SERVICE = new EvaluationService(RulePackLoader.load(null),
            Clock.fixed(Instant.parse("2026-12-07T10:00:00.5Z"), ZoneOffset.UTC));
    private static final byte[] XAF_2024 = Fixtures.read(Fixtures.DIR.resolve("xaf-midterm-2024.json"));
    private static final byte[] XAF_2019 = Fixtures.read(Fixtures.DIR.resolve("xaf-baseline-2019.json"));

    /** The XAF midterm submission as if reported for another year. */
    private static byte[] xafIn(int year) {
        String json = new String(XAF_2024, StandardCharsets.UTF_8);
        String moved = json.replaceFirst("\"reporting_year\"\\s*:\\s*2024", "\"reporting_year\": " + year);
        assertTrue(!moved.equals(json) || year == 2024, "the fixture's year was not found");
        return moved.getBytes(StandardCharsets.UTF_8);
    }

    private static SubmissionError onlyError(byte[] current, byte[] previous) {
        List<SubmissionError> errors = assertThrows(InvalidSubmissionException.class, () -> SERVICE.evaluate(current, previous)).errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void anEarlierSubmissionOfTheSameCountryGivesProgress() {
        Report report = SERVICE.evaluate(XAF_2024, XAF_2019);
        assertEquals(2019, report.progress().previousYear());
        assertEquals("2026-12-07T10:00:00Z", report.evaluatedAt());
        assertNull(SERVICE.evaluate(XAF_2024).progress());
    }

    @Test
    void aPreviousSubmissionOfTheSameYearOrLaterIsNotEarlier() {
        for (byte[] previous : List.of(xafIn(2024), xafIn(2025))) {
            SubmissionError e = onlyError(XAF_2024, previous);
            assertEquals("not_earlier", e.code());
            assertEquals("/previous/reporting_year", e.path());
            assertTrue(e.message().contains("must come before 2024"), e.message());
        }
        assertEquals(2023, SERVICE.evaluate(XAF_2024, xafIn(2023)).progress().previousYear(), "a year before is earlier");
    }

    @Test
    void aPreviousSubmissionOfAnotherCountryIsRefused() {
        SubmissionError e = onlyError(XAF_2024, Fixtures.read(Fixtures.DIR.resolve("xac-consumer-2024.json")));
        assertEquals("other_country", e.code());
        assertEquals("/previous/country", e.path());
    }

    @Test
    void theErrorsOfAnInvalidPreviousSubmissionAreUnderPrevious() {
        SubmissionError e = onlyError(XAF_2024, "{\"country\": \"XAF\", \"reporting_year\": 2019, \"region\": \"eastern_european\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("missing_field", e.code());
        assertEquals("/previous/answers", e.path());
        assertTrue(e.message().startsWith("previous submission: "), e.message());
    }
}
