package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema is current, and an independent validator agrees with our reader on it. */
class SubmissionSchemaTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final JsonNode GENERATED = SubmissionSchema.generate(PACK.manifest(), PACK.questionnaire());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(GENERATED);

    @Test
    void theShippedSchemaFileIsCurrent() throws Exception {
        // Refresh after changing the questionnaire: java -jar target/gapcheck.jar schema -o rules/submission.schema.json
        JsonNode shipped = Json.mapper().readTree(Files.readString(Path.of("rules/submission.schema.json")));
        assertEquals(GENERATED, shipped, "rules/submission.schema.json is stale; regenerate it with `gapcheck schema -o rules/submission.schema.json`");
    }

    @Test
    void everyFixtureSatisfiesTheSchema() throws Exception {
        try (var files = Files.list(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Set<ValidationMessage> messages = SCHEMA.validate(Json.mapper().readTree(Files.readString(f)));
                assertEquals(Set.of(), messages, f.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-item.json", "wrong-type.json", "out-of-range.json", "choice-not-allowed.json",
            "year-out-of-range.json", "unknown-field.json", "unknown-country.json"})
    void theSchemaRefusesWhatTheReaderRefuses(String file) throws Exception {
        JsonNode broken = Json.mapper().readTree(BrokenSubmissions.read(file));
        assertFalse(SCHEMA.validate(broken).isEmpty(), file);
    }
}
