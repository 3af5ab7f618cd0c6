package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.report.render.ReportCsv;
import org.gapcheck.report.render.ReportHtml;
import org.gapcheck.report.render.ReportMarkdown;
import org.gapcheck.report.render.ReportTexts;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A State's reservation under a qualifier of the text (rules/REVIEW.md, rule 2): accepted only on a
 * criterion under a qualifier, with law and reason; the criterion is then NOT_APPLICABLE with that
 * reason, listed apart from gaps in every format; a reservation elsewhere is a validation error.
 */
class ReservationsTest {

    private static final String OAT = "1(k).medication_assisted_treatment";

    @TempDir
    static Path dir;
    static RulePack pack;

    @BeforeAll
    static void pack() {
        PackCopy copy = PackCopy.into(dir.resolve("rules")).replace("drl/chapter-1.drl",
                "    @cites(\"medication-assisted treatment, as appropriate and in accordance with national legislation\")\n",
                "    @cites(\"medication-assisted treatment, as appropriate and in accordance with national legislation\")\n"
                        + "    @qualifier(\"in accordance with national legislation\")\n");
        pack = RulePackLoader.load(copy.root());
    }

    private static Submission read(String reservations) {
        return pack.reader().read(("{\"country\": \"XAA\", \"reporting_year\": 2024, \"region\": \"latin_american_caribbean\", \"answers\":"
                + " {\"DR.OAT_POLICY\": \"no\"}, \"reservations\": " + reservations + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static final String OAT_RESERVATION = "{\"" + OAT + "\": {\"law\": \"Narcotics Act 1998, s. 4\","
            + " \"reason\": \"Agonist medication is not authorised for maintenance.\"}}";

    @Test
    void aReservedCriterionIsNotApplicableWithItsReasonAndListedApart() {
        Submission s = read(OAT_RESERVATION);
        List<Finding> findings = pack.evaluator().evaluate(s);
        CriterionResult oat = findings.stream().flatMap(f -> f.criteria().stream()).filter(c -> c.id().equals(OAT)).findFirst().orElseThrow();
        assertEquals(Status.NOT_APPLICABLE, oat.status());
        assertTrue(oat.explanation().contains("Agonist medication is not authorised"), oat.explanation());
        assertEquals("Narcotics Act 1998, s. 4", oat.reservation().law());

        Report report = new ReportBuilder(pack).build(new ReportBuilder.EvaluatedSubmission(s, "0".repeat(64), findings), null, "2026-12-07T00:00:00Z");
        assertEquals(1, report.reservations().size());
        assertEquals("in accordance with national legislation", report.reservations().get(0).qualifier());
        assertTrue(ReportHtml.render(report, ReportTexts.of(pack)).contains("id=\"reservations\""));
        assertTrue(ReportMarkdown.render(report, ReportTexts.of(pack)).contains("## Reservations"));
        assertTrue(ReportCsv.render(report).contains("criteria_reserved"));
    }

    @Test
    void aReservationIsNeverCarriedIntoTheNextCycle() {
        Submission before = read(OAT_RESERVATION);
        Submission now = read("{}");
        ReportBuilder builder = new ReportBuilder(pack);
        Report report = builder.build(new ReportBuilder.EvaluatedSubmission(now, "1".repeat(64), pack.evaluator().evaluate(now)),
                new ReportBuilder.EvaluatedSubmission(before, "0".repeat(64), pack.evaluator().evaluate(before)), "2026-12-07T00:00:00Z");
        assertNull(report.reservations(), "the previous cycle's reservation does not apply now");
        assertEquals(Status.GAP, report.findings().stream().flatMap(f -> f.criteria().stream()).filter(c -> c.id().equals(OAT))
                .findFirst().orElseThrow().status());
    }

    @Test
    void withoutTheReservationTheSameAnswerIsAGap() {
        Submission s = read("{}");
        CriterionResult oat = pack.evaluator().evaluate(s).stream().flatMap(f -> f.criteria().stream())
                .filter(c -> c.id().equals(OAT)).findFirst().orElseThrow();
        assertEquals(Status.GAP, oat.status());
        assertNull(oat.reservation());
    }

    @Test
    void aReservationOnACriterionUnderNoQualifierIsRefused() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> read(
                "{\"1(a).youth_prevention_programme\": {\"law\": \"Education Act\", \"reason\": \"Left to the regions.\"}}"));
        assertEquals("reservation_not_allowed", e.errors().get(0).code());
        assertEquals("/reservations/1(a).youth_prevention_programme", e.errors().get(0).path());
    }

    @Test
    void aReservationNamesItsLawAndReason() {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> read("{\"" + OAT + "\": {\"law\": \"Narcotics Act\"}}"));
        assertEquals("missing_field", e.errors().get(0).code());
        assertEquals("/reservations/" + OAT + "/reason", e.errors().get(0).path());
    }
}
