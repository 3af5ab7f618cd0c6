package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gapcheck.engine.Status;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Years;
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

    /** The schema is a file, not generated: what it says of years and statuses must be what the code says. */
    @Test
    void theSchemaAgreesWithTheCodeOnYearsAndStatuses() throws Exception {
        JsonNode schema = Json.mapper().readTree(ReportSchema.text());
        JsonNode year = schema.get("properties").get("reporting_year");
        assertEquals(Years.FIRST_REPORTING, year.get("minimum").asInt());
        assertEquals(Years.LAST_REPORTING, year.get("maximum").asInt());
        List<String> statuses = Arrays.stream(Status.values()).map(Status::name).toList();
        List<String> enumerated = new ArrayList<>();
        schema.get("$defs").get("status").get("enum").forEach(s -> enumerated.add(s.asText()));
        assertEquals(statuses, enumerated);
        List<String> counted = new ArrayList<>();
        schema.get("$defs").get("counts").get("required").forEach(s -> counted.add(s.asText()));
        assertEquals(statuses, counted);
    }

    @Test
    void theSchemaIsNotAPushover() throws Exception {
        ObjectNode report = (ObjectNode) json(GoldenReportsTest.report(Fixtures.DIR.resolve("xac-consumer-2024.json"), null));
        ((ObjectNode) report.get("findings").get(0)).put("status", "FINE");
        assertFalse(SCHEMA.validate(report).isEmpty());
    }
}
