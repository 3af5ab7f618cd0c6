package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gapcheck.cli.CliRun;
import org.gapcheck.json.Json;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate --sarif writes SARIF 2.1.0 that the official schema (src/test/resources/sarif, see
 * SOURCE.md there) accepts, one result per finding with its code as ruleId and its location.
 */
class SarifTest {

    private static final JsonSchema SCHEMA = schema();

    @TempDir
    Path dir;

    private static JsonSchema schema() {
        try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode valid(String sarif) throws IOException {
        JsonNode tree = Json.mapper().readTree(sarif);
        Set<ValidationMessage> messages = SCHEMA.validate(tree);
        assertTrue(messages.isEmpty(), messages + "\n" + sarif);
        return tree;
    }

    @Test
    void theSchemaRefusesWhatIsNotSarif() throws IOException {
        JsonNode broken = Json.mapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"level\": \"fatal\"}]}]}");
        assertFalse(SCHEMA.validate(broken).isEmpty());
    }

    @Test
    void everyFindingIsAResultWithItsCodeLevelAndLocation() throws IOException {
        ValidationReport report = new ValidationReport("p", "1.0.0", false, 2, 1, Validation.CHECKS, null, null, List.of(), List.of(
                new ValidationFinding(ValidationFinding.ERROR, "load", "criterion/bad-weight", "rules/drl/chapter 1.drl", 42, null,
                        "1(m).x", "@weight is a whole number from 1 to 5"),
                new ValidationFinding(ValidationFinding.ERROR, "load", "limit/drl-depth", "/elsewhere/rules/drl/chapter-2.drl", 7, 13,
                        null, "DRL: brackets nested more than 64 deep (the limit)"),
                new ValidationFinding(ValidationFinding.WARNING, "unread-item", "verifier/unread-item", "rules/questionnaire/items/chapter-6.yaml",
                        null, null, "IC.X", "no criterion reads this item"),
                new ValidationFinding(ValidationFinding.ERROR, "fixtures", "submission/malformed_json", null, null, null, null, "bad")));
        JsonNode run = valid(Sarif.render(report, Path.of(""), "1.2.3")).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("gapcheck", driver.get("name").asText());
        assertEquals("1.2.3", driver.get("version").asText());
        assertEquals(4, driver.get("rules").size());
        for (JsonNode rule : driver.get("rules")) {
            assertFalse(rule.get("shortDescription").get("text").asText().equals(rule.get("id").asText()), rule.toString());
        }
        JsonNode results = run.get("results");
        assertEquals(4, results.size());

        JsonNode first = results.get(0);
        assertEquals("criterion/bad-weight", first.get("ruleId").asText());
        assertEquals("criterion/bad-weight", driver.get("rules").get(first.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", first.get("level").asText());
        assertEquals("1(m).x: @weight is a whole number from 1 to 5", first.get("message").get("text").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("rules/drl/chapter%201.drl", location.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(42, location.get("region").get("startLine").asInt());
        assertFalse(location.get("region").has("startColumn"));

        JsonNode outside = results.get(1).get("locations").get(0).get("physicalLocation");
        assertEquals("file:///elsewhere/rules/drl/chapter-2.drl", outside.get("artifactLocation").get("uri").asText());
        assertEquals(13, outside.get("region").get("startColumn").asInt());

        assertEquals("warning", results.get(2).get("level").asText());
        assertFalse(results.get(2).get("locations").get(0).get("physicalLocation").has("region"));
        assertFalse(results.get(3).has("locations"));
        assertTrue(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText().endsWith("/"));
    }

    @Test
    void validateWritesSarifForABrokenPack() throws IOException {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        pack.replace("drl/chapter-6.drl", "@weight(3)", "@weight(9)");
        int line = pack.lineOf("drl/chapter-6.drl", "rule \"6(a).ta_provided");
        Path sarif = dir.resolve("out.sarif");
        CliRun run = CliRun.of("validate", "--rules", pack.root().toString(), "--sarif", sarif.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        JsonNode results = valid(Files.readString(sarif)).get("runs").get(0).get("results");
        JsonNode weight = null;
        for (JsonNode r : results) {
            weight = r.get("ruleId").asText().equals("criterion/bad-weight") ? r : weight;
        }
        assertTrue(weight != null, results.toString());
        assertEquals("error", weight.get("level").asText());
        JsonNode location = weight.get("locations").get(0).get("physicalLocation");
        assertEquals(pack.root().resolve("drl/chapter-6.drl").toUri().toString(), location.get("artifactLocation").get("uri").asText());
        assertEquals(line, location.get("region").get("startLine").asInt());
    }

    @Test
    void theProjectsSoundPackIsAnEmptyRun() throws IOException {
        ValidationReport sound = new ValidationReport("p", "1", true, 0, 0, Validation.CHECKS, null, null, List.of(), List.of());
        JsonNode run = valid(Sarif.render(sound, Path.of(""), null)).get("runs").get(0);
        assertEquals(0, run.get("results").size());
        assertFalse(run.get("tool").get("driver").has("version"));
    }
}
