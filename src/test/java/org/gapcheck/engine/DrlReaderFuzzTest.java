package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.gapcheck.pack.PackProblem;

/**
 * Fuzz target (issue 14, standing check b): any text in a pack's DRL file is either read into rules
 * or refused with problems in that file, at least one of them at its line, each with a reason and no
 * stack trace; never an exception or an error. In {@code verify} it replays the seeds in {@code DrlReaderFuzzTestInputs/readsOrLocates};
 * {@code .ci/fuzz} fuzzes it.
 */
class DrlReaderFuzzTest {

    private static final String FILE = "rules/drl/chapter-1.drl";
    /** A frame of a Java stack trace, as "at org.drools.X.method(X.java:12)". */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    @FuzzTest(maxDuration = "30s")
    void readsOrLocates(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        DrlReader.Parsed parsed = DrlReader.read(FILE, text);
        assertNotNull(parsed.rules());
        for (PackProblem problem : parsed.problems()) {
            assertEquals(FILE, problem.file(), () -> "a problem is in the file read: " + problem);
            assertTrue(problem.line() >= 0, () -> "a problem's line is a line: " + problem);
            assertNotNull(problem.message(), () -> "a problem says why: " + problem);
            assertFalse(problem.message().isBlank(), () -> "a problem says why: " + problem);
            assertFalse(STACK_FRAME.matcher(problem.message()).find(), () -> "a problem's message carries no stack trace: " + problem);
        }
        // Drools' parser follows a syntax error with internal ones of its own at no line ("Unexpected
        // error: ..."); the refusal is located as long as one of its problems has the line.
        assertTrue(parsed.problems().isEmpty() || parsed.problems().stream().anyMatch(p -> p.line() >= 1),
                () -> "a refusal names the line of at least one problem: " + parsed.problems());
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
