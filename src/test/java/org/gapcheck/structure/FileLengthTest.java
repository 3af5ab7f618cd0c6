package org.gapcheck.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** No main Java file is over 300 lines, so each can be read at one sitting; the exceptions are named, each with its reason. */
class FileLengthTest {

    private static final int MAX_LINES = 300;

    private static final Set<String> EXCEPTED = Set.of(
            // One pass over one document that reports every error; see its header.
            "org/gapcheck/submission/SubmissionReader.java");

    @Test
    void noMainFileIsOverThreeHundredLines() {
        Map<String, String> sources = JavaSources.under(JavaSources.MAIN);
        assertTrue(sources.keySet().containsAll(EXCEPTED), "an excepted file is gone; drop its exception: " + EXCEPTED);
        Map<String, Long> over = new TreeMap<>();
        sources.forEach((file, text) -> {
            long lines = text.lines().count();
            if (lines > MAX_LINES && !EXCEPTED.contains(file)) {
                over.put(file, lines);
            }
        });
        assertEquals(Map.of(), over, "main files over " + MAX_LINES + " lines (file=lines)");
    }
}
