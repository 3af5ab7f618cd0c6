package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gapcheck.cli.CliRun;
import org.gapcheck.pack.Budget;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall-clock budget of one validation: past it the work stops, within a second, with a limit/time finding. */
class BudgetTest {

    private static final Path RULES = Path.of("rules");
    private static final Path FIXTURES = Path.of("fixtures");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void aBudgetOfNothingStopsAtOnce() {
        long start = System.nanoTime();
        ValidationReport report = Validation.run(RULES, FIXTURES, Budget.of(Duration.ZERO));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "took " + millis + " ms");
        assertEquals(1, report.findings().size(), report.findings().toString());
        ValidationFinding f = report.findings().get(0);
        assertEquals("limit/time", f.code());
        assertTrue(f.overLimit() && f.error());
        assertTrue(f.message().contains("0 s"), f.message());
        assertEquals(RULES.toString(), f.file());
    }

    @Test
    void theValidationReturnsWithinASecondOfItsDeadline(@TempDir Path dir) throws IOException {
        // A large generated pack: the project's, with every chapter's rule cases repeated 40 times,
        // which no machine validates within the budget; the deadline falls among the cases, and
        // every loop of the validation checks it.
        PackCopy pack = bigPack(dir);
        long start = System.nanoTime();
        org.gapcheck.core.RulePackLoader.load(pack.root());
        long load = (System.nanoTime() - start) / 1_000_000;
        long budget = 3 * load + 1_000;
        start = System.nanoTime();
        ValidationReport report = Validation.run(pack.root(), null, Budget.of(Duration.ofMillis(budget)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<ValidationFinding> time = report.findings().stream().filter(f -> f.code().equals("limit/time")).toList();
        assertEquals(1, time.size(), "budget " + budget + " ms, took " + millis + " ms: " + report.findings());
        assertTrue(millis < budget + 1_000, "budget " + budget + " ms, returned after " + millis + " ms");
        assertTrue(report.errors() == 1 && !report.sound(), report.findings().toString());
    }

    @Test
    void theCommandLineTakesATimeLimitAndExitsTwoPastIt(@TempDir Path dir) throws IOException {
        PackCopy pack = bigPack(dir);
        CliRun run = CliRun.of("validate", "--rules", pack.root().toString(), "--fixtures", FIXTURES.toString(),
                "--time-limit", "1");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        PackLimitsTest.assertFindingLine(run, pack.root() + ": error: limit/time: ");
        CliRun zero = CliRun.of("validate", "--rules", RULES.toString(), "--time-limit", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--time-limit"), zero.err());
    }

    @Test
    void aBudgetChecksItsDeadline() {
        assertNull(Budget.unlimited().limit());
        Budget.unlimited().check();
        Budget.of(Duration.ofHours(1)).check();
        Budget.Exceeded e = assertThrows(Budget.Exceeded.class, () -> Budget.of(Duration.ZERO).check());
        assertEquals(Duration.ZERO, e.budget().limit());
        assertEquals("limit/time", e.problem("rules").code());
        assertThrows(IllegalArgumentException.class, () -> Budget.of(Duration.ofSeconds(-1)));
    }

    /** The project's pack with every chapter's rule cases repeated 40 times: no machine validates it within a second or two. */
    private static PackCopy bigPack(Path dir) throws IOException {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        for (int chapter = 1; chapter <= 7; chapter++) {
            Path file = pack.root().resolve(CaseRunner.casesFile(chapter));
            ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
            ArrayNode cases = YAML.createArrayNode();
            for (int copy = 0; copy < 40; copy++) {
                cases.addAll((ArrayNode) root.get("cases"));
            }
            root.set("cases", cases);
            YAML.writeValue(file.toFile(), root);
        }
        return pack;
    }
}
