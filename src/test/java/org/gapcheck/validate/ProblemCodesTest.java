package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gapcheck.pack.Limits;
import org.junit.jupiter.api.Test;

/** The codes and limits the README documents are the code's: every code made in the source is listed, and the limits' figures are its. */
class ProblemCodesTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*)/([a-z][a-z-]*)\"");
    private static final Pattern README_CODE = Pattern.compile("^\\| `([a-z][a-z-]*/(?:[a-z][a-z-]*|\\*))` \\| ", Pattern.MULTILINE);
    private static final String[] READERS = {"pack", "engine", "validate", "catalogue", "questionnaire", "basis", "core", "summary"};

    @Test
    void everyCodeTheSourceMakesIsListed() throws IOException {
        Set<String> families = ProblemCodes.all().keySet().stream().map(c -> c.substring(0, c.indexOf('/'))).collect(Collectors.toSet());
        Set<String> unlisted = new TreeSet<>();
        int found = 0;
        for (String dir : READERS) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gapcheck", dir))) {
                // Renderers name media types (text/html), not problems.
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/render/")).toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(file));
                    while (m.find()) {
                        if (families.contains(m.group(1)) && !file.endsWith("ProblemCodes.java")) {
                            found++;
                            if (!ProblemCodes.all().containsKey(m.group(1) + "/" + m.group(2))
                                    && !ProblemCodes.all().containsKey(m.group(1) + "/*")) {
                                unlisted.add(m.group() + " in " + file);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found > 100, "codes found in the source: " + found);
        assertEquals(Set.of(), unlisted);
    }

    @Test
    void theReadmeListsEveryCodeAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n### Problem codes");
        Set<String> listed = new TreeSet<>();
        Matcher m = README_CODE.matcher(readme.substring(start, readme.indexOf("\n## ", start)));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new TreeSet<>(ProblemCodes.all().keySet()), listed);
    }

    @Test
    void theReadmesLimitsAreTheCodes() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String limits = readme.substring(readme.indexOf("\n## Limits"), readme.indexOf("\n## ", readme.indexOf("\n## Limits") + 1));
        for (long figure : new long[] {Limits.MAX_FILE_BYTES, Limits.MAX_YAML_STRING, Limits.MAX_YAML_CODE_POINTS}) {
            assertTrue(limits.contains(String.format("%,d", figure)), "the README's limits lack " + String.format("%,d", figure));
        }
        for (String row : new String[] {"| " + Limits.MAX_YAML_DEPTH + " (Jackson", "is " + Limits.MAX_YAML_ALIASES + " for",
                "| " + Limits.MAX_REQUIREMENT_DEPTH + ", checked", "| " + Limits.MAX_REQUIREMENT_TERMS + ", counted",
                "| " + Limits.MAX_DRL_DEPTH + ", checked", "| " + Limits.VALIDATION_TIME.toSeconds() + " s, or `--time-limit"}) {
            assertTrue(limits.contains(row), "the README's limits lack: " + row);
        }
        for (String code : ProblemCodes.all().keySet()) {
            if (code.startsWith("limit/")) {
                assertTrue(limits.contains("`" + code + "`"), "the README's limits lack " + code);
            }
        }
    }
}
