package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The gap report of every fixture (and of the XAF midterm against its baseline) against its
 * golden copy in fixtures/golden. Texts that come verbatim from the pack (recommendation text,
 * criterion titles, citations, explanations) are left out of the golden copies to keep them small;
 * every figure, status, action and change stays. After an intended change, refresh and review the diff:
 * {@code ./mvnw test -Dtest=GoldenReportsTest -Dgapcheck.golden=refresh}
 */
class GoldenReportsTest {

    static final Path GOLDEN = Path.of("fixtures/golden");
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final EvaluationService SERVICE = new EvaluationService(RulePackLoader.load(null), FIXED);

    static Report report(Path fixture, Path previous) {
        return SERVICE.evaluate(Fixtures.read(fixture), previous == null ? null : Fixtures.read(previous));
    }

    /** The report without the texts that come from the pack unchanged. */
    static JsonNode golden(Report report) {
        ObjectNode tree = Json.mapper().valueToTree(report);
        for (JsonNode finding : tree.withArray("findings")) {
            ((ObjectNode) finding).remove("text");
            ArrayNode criteria = (ArrayNode) finding.get("criteria");
            for (int i = 0; i < criteria.size(); i++) {
                JsonNode c = criteria.get(i);
                ObjectNode kept = Json.mapper().createObjectNode();
                kept.set("id", c.get("id"));
                kept.set("status", c.get("status"));
                criteria.set(i, kept);
            }
        }
        return tree;
    }

    @Test
    void everyFixtureReportMatchesItsGoldenCopy() throws Exception {
        boolean refresh = "refresh".equals(System.getProperty("gapcheck.golden"));
        List<String> differences = new ArrayList<>();
        List<Path[]> cases = new ArrayList<>();
        Fixtures.submissions().forEach(f -> cases.add(new Path[] {f, null}));
        cases.add(new Path[] {Fixtures.DIR.resolve("xaf-midterm-2024.json"), Fixtures.DIR.resolve("xaf-baseline-2019.json")});
        Files.createDirectories(GOLDEN);
        for (Path[] c : cases) {
            String name = c[0].getFileName().toString().replace(".json", "") + (c[1] == null ? "" : "-vs-previous");
            Path file = GOLDEN.resolve(name + ".report.json");
            // Through text and back, so that numbers compare as they are read from the file.
            JsonNode actual = Json.mapper().readTree(Json.write(golden(report(c[0], c[1]))));
            if (refresh) {
                Files.writeString(file, Json.write(actual));
                continue;
            }
            assertTrue(Files.isRegularFile(file), file + " is missing; refresh with -Dgapcheck.golden=refresh");
            if (!actual.equals(Json.mapper().readTree(Files.readString(file)))) {
                differences.add(file + " differs from the report now produced (refresh after an intended change and review the diff)");
            }
        }
        assertEquals(List.of(), differences);
    }
}
