package org.gapcheck.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.Status;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Aggregates checked against the fixtures' reviewed expectations ({@code *.expected.yaml}) and
 * golden reports: XAC, XAE, XAH and XAF (2019 and 2024), plus one broken file.
 */
class SummaryBuilderTest {

    private static final SummaryBuilder BUILDER = new SummaryBuilder(RulePackLoader.load(null));

    private static List<SummaryBuilder.Input> inputs(String... names) {
        List<SummaryBuilder.Input> out = new ArrayList<>();
        for (String n : names) {
            out.add(new SummaryBuilder.Input(n, Fixtures.read(Path.of("fixtures", n))));
        }
        out.add(new SummaryBuilder.Input("broken.json", "{\"country\": \"XZZ\",".getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static final List<SummaryBuilder.Input> SET = inputs("xac-consumer-2024.json", "xae-punitive-2024.json",
            "xah-donor-2024.json", "xaf-baseline-2019.json", "xaf-midterm-2024.json");

    private static SummaryReport.RecommendationRow row(SummaryReport r, String id) {
        return r.recommendations().stream().filter(x -> x.recommendation().equals(id)).findFirst().orElseThrow();
    }

    private static final List<String> LATEST = List.of("xac-consumer-2024", "xae-punitive-2024", "xah-donor-2024", "xaf-midterm-2024");

    /** How many of the latest fixtures' reviewed expectations give this status for the recommendation. */
    private static long expected(String recommendation, Status status) {
        return LATEST.stream().filter(f -> {
            try {
                var tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Path.of("fixtures", f + ".expected.yaml").toFile());
                return status.name().equals(tree.path("expect").path(recommendation).asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    @Test
    void countsAndSharesOfRespondingStates() {
        SummaryReport r = BUILDER.build(SET, null, "2026-01-01T00:00:00Z");
        assertEquals(4, r.countries().size(), "each country's latest submission");
        for (String id : List.of("1(m)", "4(j)", "2(a)", "5(o)")) {
            SummaryReport.RecommendationRow row = row(r, id);
            long met = expected(id, Status.MET);
            long partial = expected(id, Status.PARTIAL);
            long responding = met + partial + expected(id, Status.GAP);
            assertEquals(met, row.counts().get(Status.MET), id);
            assertEquals(partial, row.counts().get(Status.PARTIAL), id);
            assertEquals(responding, row.responding(), id);
            assertEquals(share(met, responding), row.metShare(), id);
            assertEquals(share(partial, responding), row.partialShare(), id);
        }
        // 7(a): no illicit cultivation anywhere here: nobody responds, and there is no share to give.
        SummaryReport.RecommendationRow a = row(r, "7(a)");
        assertEquals(4L, a.counts().get(Status.NOT_APPLICABLE));
        assertEquals(0L, a.responding());
        assertNull(a.metShare());
    }

    @Test
    void aBrokenFileIsListedAndTheRestSummarised() {
        SummaryReport r = BUILDER.build(SET, null, "2026-01-01T00:00:00Z");
        assertEquals(6, r.submissionsRead());
        assertEquals(5, r.submissionsValid());
        assertEquals(1, r.invalid().size());
        assertEquals("broken.json", r.invalid().get(0).file());
        assertEquals("malformed_json", r.invalid().get(0).errors().get(0).code());
    }

    @Test
    void aSecondSubmissionOfACountryForAYearIsListedAndTheFirstUsed() throws Exception {
        SummaryBuilder.Input first = new SummaryBuilder.Input("a.json", Fixtures.read(Path.of("fixtures", "xac-consumer-2024.json")));
        ObjectNode unanswered = (ObjectNode) Json.mapper().readTree(first.json());
        unanswered.putObject("answers");
        SummaryBuilder.Input second = new SummaryBuilder.Input("b.json", Json.mapper().writeValueAsBytes(unanswered));
        List<SummaryBuilder.Input> inputs = List.of(first, second,
                new SummaryBuilder.Input("c.json", Fixtures.read(Path.of("fixtures", "xaf-midterm-2024.json"))));
        SummaryReport r = BUILDER.build(inputs, null, "2026-01-01T00:00:00Z");
        SummaryReport.CountryRow alone = BUILDER.build(List.of(first), null, "2026-01-01T00:00:00Z").countries().get(0);
        SummaryReport.CountryRow secondAlone = BUILDER.build(List.of(second), null, "2026-01-01T00:00:00Z").countries().get(0);
        assertNotEquals(alone, secondAlone, "the two submissions must score differently for this test to tell them apart");
        assertEquals(alone, r.countries().get(0));
        assertEquals(3, r.submissionsRead());
        assertEquals(2, r.submissionsValid());
        assertEquals(List.of("XAC", "XAF"), r.countries().stream().map(SummaryReport.CountryRow::country).toList());
        assertEquals(1, r.invalid().size());
        SummaryReport.Invalid refused = r.invalid().get(0);
        assertEquals("b.json", refused.file());
        assertEquals(1, refused.errors().size());
        assertEquals("duplicate_submission", refused.errors().get(0).code());
        assertTrue(refused.errors().get(0).message().contains("XAC 2024") && refused.errors().get(0).message().contains("a.json is used"),
                refused.errors().get(0).message());
    }

    @Test
    void trendComparesTheTwoYearsOfACountry() {
        SummaryReport r = BUILDER.build(SET, null, "2026-01-01T00:00:00Z");
        assertEquals(1, r.trend().countries().size());
        SummaryReport.CountryTrend xaf = r.trend().countries().get(0);
        assertEquals("XAF", xaf.country());
        assertEquals(2019, xaf.from());
        assertEquals(2024, xaf.to());
        // Chapter 1 in the golden reports of 2019 and 2024.
        double before = golden("xaf-baseline-2019").path("chapters").get(0).path("score").asDouble();
        double after = golden("xaf-midterm-2024").path("chapters").get(0).path("score").asDouble();
        assertEquals(Math.round((after - before) * 10) / 10.0, xaf.chapters().get(0).delta());
        assertEquals(xaf.chapters().get(0).delta(), r.trend().chapters().get(0).delta());
        assertEquals(1, r.trend().chapters().get(0).countries());
    }

    private static com.fasterxml.jackson.databind.JsonNode golden(String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("fixtures", "golden", name + ".report.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void trendNeedsTwoYearsAndSaysSo() {
        SummaryReport r = BUILDER.build(inputs("xac-consumer-2024.json"), null, "2026-01-01T00:00:00Z");
        assertTrue(r.trend().countries().isEmpty());
        assertNotNull(r.trend().note());
        assertTrue(r.trend().note().contains("two years"));
    }

    @Test
    void aYearSelectsTheCrossSection() {
        SummaryReport r = BUILDER.build(SET, 2019, "2026-01-01T00:00:00Z");
        assertEquals(1, r.countries().size());
        assertEquals(2019, r.countries().get(0).year());
    }

    @Test
    void regionsFollowThePacksTable() {
        SummaryReport r = BUILDER.build(SET, null, "2026-01-01T00:00:00Z");
        SummaryReport.RegionSummary weog = r.regions().stream().filter(g -> g.id().equals("western_european_other")).findFirst().orElseThrow();
        assertEquals(2, weog.countries(), "XAC and XAH");
        SummaryReport.RegionSummary asia = r.regions().stream().filter(g -> g.id().equals("asia_pacific")).findFirst().orElseThrow();
        assertEquals(1, asia.countries(), "XAE");
        assertTrue(asia.topGaps().size() > 0);
        assertTrue(asia.regionalRecommendations().stream().allMatch(l -> l.id().startsWith("honlea-asia-pacific/")
                || l.id().startsWith("subcommission-near-middle-east/")), asia.regionalRecommendations().toString());
        assertEquals(193, r.coverage().memberStates());
        assertEquals(0, r.coverage().memberStatesReporting(), "the fixtures are test codes, not Member States");
    }
}
