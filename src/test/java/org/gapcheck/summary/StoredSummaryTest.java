package org.gapcheck.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.json.Json;
import org.gapcheck.report.LeanReport;

import org.junit.jupiter.api.Test;

/**
 * A summary of stored versions is the summary of the same submissions from their bytes: from the
 * stored reports where the active pack produced them, and from the submissions evaluated again
 * where another pack version did.
 */
class StoredSummaryTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final SummaryBuilder BUILDER = new SummaryBuilder(PACK);
    private static final EvaluationService EVALUATIONS = new EvaluationService(PACK, Clock.systemUTC());
    /** Eight States (XAA-XAH) over three cycles, varied as the secretariat's benchmark varies them, and the fixture with reservations. */
    private static final List<SummaryBuilder.Input> INPUTS = Stream.concat(
            SyntheticSubmissions.generate(PACK, 8, List.of(2019, 2024, 2029), 7).stream(),
            Stream.of(new SummaryBuilder.Input("xai-text-weakest-2024.json", Fixtures.read(Path.of("fixtures", "xai-text-weakest-2024.json")))))
            .toList();

    /** The report as the workflow stores it with a submitted version: the lean JSON of an evaluation without history. */
    private static byte[] storedReport(byte[] submission) {
        return Json.compact(LeanReport.of(EVALUATIONS.evaluate(submission, null, false), false));
    }

    private static JsonNode tree(SummaryReport report) {
        ObjectNode tree = Json.mapper().valueToTree(report);
        tree.remove("invalid");
        return tree;
    }

    @Test
    void fromTheReportsStoredUnderTheActivePackItIsTheSummaryOfTheBytes() {
        AtomicInteger fetched = new AtomicInteger();
        List<StoredVersion> stored = INPUTS.stream().map(i -> new StoredVersion(i.name(), PACK.manifest().version(), storedReport(i.json()),
                () -> {
                    fetched.incrementAndGet();
                    return i.json();
                })).toList();
        for (Integer year : new Integer[] {null, 2024}) {
            SummaryReport fromBytes = BUILDER.build(INPUTS, year, "2026-12-07T00:00:00Z");
            fetched.set(0);
            SummaryReport fromStore = BUILDER.buildStored(stored, List.of(), year, "2026-12-07T00:00:00Z");
            assertEquals(tree(fromBytes), tree(fromStore), "year " + year);
            assertEquals(9, fetched.get(), "only the selected countries' submissions are read, for their coverage");
            assertTrue(fromStore.countries().stream().anyMatch(r -> r.reservations() > 0), "the comparison covers reservations");
        }
    }

    @Test
    void aReportAnotherPackVersionProducedIsNeverUsedTheSubmissionIsEvaluatedAgain() {
        List<StoredVersion> stored = INPUTS.stream().map(i -> new StoredVersion(i.name(), "0.0.1-retired",
                "{\"recommendations\": {}}".getBytes(StandardCharsets.UTF_8), i::json)).toList();
        SummaryReport fromStore = BUILDER.buildStored(stored, List.of(), null, "2026-12-07T00:00:00Z");
        assertEquals(tree(BUILDER.build(INPUTS, null, "2026-12-07T00:00:00Z")), tree(fromStore));
        assertEquals(PACK.manifest().version(), fromStore.packVersion());
    }

    @Test
    void aStoredSubmissionTheActivePackNoLongerReadsIsListedAsInvalidAndLeftOut() {
        byte[] unreadable = "{\"country\": \"XAA\", \"reporting_year\": 2024}".getBytes(StandardCharsets.UTF_8);
        List<StoredVersion> stored = IntStream.range(0, 3).mapToObj(i -> i == 0
                ? new StoredVersion("XAA 2024 version 1", "0.0.1-retired", new byte[0], () -> unreadable)
                : new StoredVersion(INPUTS.get(i).name(), PACK.manifest().version(), storedReport(INPUTS.get(i).json()), INPUTS.get(i)::json))
                .toList();
        SummaryReport report = BUILDER.buildStored(stored, List.of(), null, "2026-12-07T00:00:00Z");
        assertEquals(1, report.invalid().size());
        assertEquals("XAA 2024 version 1", report.invalid().get(0).file());
        assertEquals(3, report.submissionsRead());
        assertEquals(2, report.submissionsValid());
        assertNotEquals(0, report.invalid().get(0).errors().size());
    }
}
