package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.Set;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;

/** Every fixture's report, and a report with progress, satisfy the published report schema. */
class ReportSchemaTest {

    private static final JsonSchema SCHEMA;

    static {
        try {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.mapper().readTree(ReportSchema.text()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(Report report) throws Exception {
        return Json.mapper().readTree(Json.write(report));
    }

    @Test
    void everyFixtureReportSatisfiesTheSchema() throws Exception {
        for (Path f : Fixtures.submissions()) {
            assertEquals(Set.of(), SCHEMA.validate(json(GoldenReportsTest.report(f, null))), f.toString());
        }
        JsonNode withProgress = json(GoldenReportsTest.report(Fixtures.DIR.resolve("xaf-midterm-2024.json"),
                Fixtures.DIR.resolve("xaf-baseline-2019.json")));
        assertEquals(Set.of(), SCHEMA.validate(withProgress));
    }

    @Test
    void theSchemaIsNotAPushover() throws Exception {
        ObjectNode report = (ObjectNode) json(GoldenReportsTest.report(Fixtures.DIR.resolve("xac-consumer-2024.json"), null));
        ((ObjectNode) report.get("findings").get(0)).put("status", "FINE");
        assertFalse(SCHEMA.validate(report).isEmpty());
    }
}
