package org.gapcheck.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.pack.PackSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded pack read from its build-time snapshot is the pack its files give. */
class PackSnapshotTest {

    /** The embedded files, parsed as they are: the snapshot hidden. */
    private record FilesOnly(PackSource embedded) implements PackSource {
        @Override
        public Optional<String> read(String relativePath) {
            return embedded.read(relativePath);
        }

        @Override
        public String display(String relativePath) {
            return embedded.display(relativePath);
        }

        @Override
        public String description() {
            return embedded.description();
        }
    }

    static RulePack fromSnapshot;
    static RulePack fromFiles;

    @BeforeAll
    static void load() {
        fromSnapshot = RulePackLoader.build(PackSource.embedded());
        fromFiles = RulePackLoader.build(new FilesOnly(PackSource.embedded()));
    }

    @Test
    void theBuildWroteASnapshotOfEveryFileThePackLoads() {
        PackSource embedded = PackSource.embedded();
        for (String file : RuleBase.drlFiles(fromFiles.catalogue())) {
            assertTrue(embedded.snapshot(file).isPresent(), "no snapshot of " + file);
        }
        for (String file : new String[] {"pack.yaml", "thresholds.yaml", "regions.yaml", "catalogue/challenges.yaml",
                "questionnaire/questionnaire.yaml", "questionnaire/items/chapter-3.yaml"}) {
            assertTrue(embedded.snapshot(file).isPresent(), "no snapshot of " + file);
        }
    }

    @Test
    void theSnapshotGivesThePackItsFilesGive() {
        assertEquals(fromFiles.catalogue(), fromSnapshot.catalogue());
        assertEquals(fromFiles.regions(), fromSnapshot.regions());
        assertEquals(fromFiles.ruleBase().thresholds(), fromSnapshot.ruleBase().thresholds());
        assertEquals(fromFiles.ruleBase().criteria(), fromSnapshot.ruleBase().criteria());
        assertEquals(Json.write(fromFiles.questionnaire().items()), Json.write(fromSnapshot.questionnaire().items()));
        assertEquals(Json.write(fromFiles.questionnaire().profile()), Json.write(fromSnapshot.questionnaire().profile()));
        assertEquals(Json.write(fromFiles.questionnaire().indicators()), Json.write(fromSnapshot.questionnaire().indicators()));
    }

    @Test
    void everyFixtureGetsTheSameReportByteForByte() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        EvaluationService files = new EvaluationService(fromFiles, clock);
        EvaluationService snapshot = new EvaluationService(fromSnapshot, clock);
        for (Path fixture : Fixtures.submissions()) {
            byte[] json = Fixtures.read(fixture);
            assertArrayEquals(Json.compact(files.evaluate(json)), Json.compact(snapshot.evaluate(json)), fixture.toString());
        }
    }

    @Test
    void aSnapshotWrittenAgainIsTheOneInTheJar(@TempDir Path dir) throws Exception {
        PackSnapshot.write(Path.of("rules"), dir);
        for (String file : new String[] {"drl/chapter-1.drl", "catalogue/recommendations/chapter-2.yaml", "thresholds.yaml"}) {
            assertEquals(PackSource.embedded().snapshot(file).orElseThrow(), Files.readString(dir.resolve(file + ".json")),
                    "the snapshot of " + file + " is stale or not reproducible");
        }
    }
}
