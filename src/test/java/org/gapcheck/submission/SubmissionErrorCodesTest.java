package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's table of submission error codes is the source's: every code a SubmissionError is made
 * with anywhere in the main code (the reader, the evaluation, the batch, the HTTP wrappers) is
 * listed, and nothing else is.
 */
class SubmissionErrorCodesTest {

    /** One statement that makes an error, up to its semicolon; the code is a snake_case literal in it. */
    private static final Pattern MADE = Pattern.compile("(?:new SubmissionError\\(|SubmissionError\\.at\\()[^;]*;");
    private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:_[a-z0-9]+)+)\"");
    private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryCodeTheSourceMakesAndNoOther() throws IOException {
        assertEquals(sourceCodes(), readmeCodes());
    }

    static Set<String> sourceCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gapcheck"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher made = MADE.matcher(Files.readString(file));
                while (made.find()) {
                    Matcher code = CODE.matcher(made.group());
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            }
        }
        // The scan must see the codes it is there for, or it proves nothing.
        assertTrue(codes.containsAll(Set.of("malformed_json", "invalid_utf8", "other_country", "not_earlier",
                "duplicate_submission", "region_mismatch")), codes.toString());
        return codes;
    }

    static Set<String> readmeCodes() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n### Submission error codes");
        assertTrue(start > 0, "the README has a section of submission error codes");
        String section = readme.substring(start, readme.indexOf("\n#", start + 1));
        Set<String> listed = new TreeSet<>();
        Matcher m = README_ROW.matcher(section);
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }
}
