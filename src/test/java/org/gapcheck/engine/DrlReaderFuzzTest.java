package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gapcheck.pack.PackProblem;

/**
 * Fuzz target (issue 14, standing check b): any text in a pack's DRL file is either read into rules
 * or refused with problems located in that file, each with a line and a reason; never an exception
 * or an error. In {@code verify} it replays the seeds in {@code DrlReaderFuzzTestInputs/readsOrLocates};
 * {@code .ci/fuzz} fuzzes it.
 */
class DrlReaderFuzzTest {

    private static final String FILE = "rules/drl/chapter-1.drl";

    @FuzzTest(maxDuration = "30s")
    void readsOrLocates(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        DrlReader.Parsed parsed = DrlReader.read(FILE, text);
        assertNotNull(parsed.rules());
        for (PackProblem problem : parsed.problems()) {
            assertEquals(FILE, problem.file(), () -> "a problem is in the file read: " + problem);
            assertTrue(problem.line() >= 1, () -> "a problem has its line: " + problem);
            assertNotNull(problem.message(), () -> "a problem says why: " + problem);
            assertFalse(problem.message().isBlank(), () -> "a problem says why: " + problem);
        }
        if (parsed.problems().isEmpty()) {
            for (DrlRule rule : parsed.rules()) {
                assertEquals(FILE, rule.file());
                assertNotNull(rule.name());
                assertNotNull(rule.consequence());
                assertTrue(rule.line() >= 1, () -> "a rule has its line: " + rule.name());
            }
        } else {
            assertTrue(parsed.rules().isEmpty(), "a file with problems gives no rules");
        }
    }
}
