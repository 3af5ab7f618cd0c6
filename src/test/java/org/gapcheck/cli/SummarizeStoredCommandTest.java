package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.gapcheck.storage.StorageConfig;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SyntheticSubmissions;
import org.gapcheck.testing.StoredHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapcheck summarize --stored}: the summary of the versions in the database is that of the same submissions in a folder. */
class SummarizeStoredCommandTest {

    @TempDir
    Path dir;

    private static ObjectNode withoutTime(String json) throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(json);
        tree.remove("generated_at");
        tree.remove("invalid");
        return tree;
    }

    @Test
    void theStoredHistorySummarisesAsTheSameSubmissionsInAFolder() throws Exception {
        RulePack pack = RulePackLoader.load(null);
        List<SummaryBuilder.Input> inputs = SyntheticSubmissions.generate(pack, 5, List.of(2019, 2024), 3);
        Path data = dir.resolve("data");
        try (ApplicationContext context = ApplicationContext.run(StorageConfig.h2(data))) {
            StoredHistory.fill(context, pack, inputs);
        }
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (SummaryBuilder.Input i : inputs) {
            Files.write(folder.resolve(i.name()), i.json());
        }
        CliRun stored = CliRun.of("summarize", "--stored", "--data", data.toString(), "--year", "2024");
        assertEquals(ExitCode.OK, stored.exitCode(), stored.err());
        CliRun files = CliRun.of("summarize", folder.toString(), "--year", "2024");
        assertEquals(withoutTime(files.out()), withoutTime(stored.out()));
        JsonNode countries = Json.mapper().readTree(stored.out()).get("countries");
        assertEquals(5, countries.size());
        assertTrue(countries.findValuesAsText("year").stream().allMatch("2024"::equals), countries.toString());
    }

    @Test
    void aFolderAndStoredAtOnceOrNeitherIsABadUsageAndAMissingDatabaseIsNamed() {
        CliRun both = CliRun.of("summarize", dir.toString(), "--stored", "--data", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, both.exitCode());
        assertTrue(both.err().contains("give a folder of submissions (DIR) or --stored, one of the two"), both.err());
        CliRun neither = CliRun.of("summarize");
        assertEquals(ExitCode.BAD_INPUT, neither.exitCode());
        CliRun none = CliRun.of("summarize", "--stored", "--data", dir.resolve("none").toString());
        assertEquals(ExitCode.BAD_INPUT, none.exitCode());
        assertTrue(none.err().startsWith("gapcheck: --data: no Gapcheck database under "), none.err());
    }
}
