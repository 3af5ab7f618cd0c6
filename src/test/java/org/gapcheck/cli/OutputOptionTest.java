package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command's -o FILE writes the file and says so in one line on standard error, with its format and size. */
class OutputOptionTest {

    private static final Pattern WROTE = Pattern.compile("wrote (\\S+) \\(([^,]+), (\\d+) (bytes?|kB|MB)\\)");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        evaluate fixtures/xaf-midterm-2024.json --previous fixtures/xaf-baseline-2019.json --format html | html
        evaluate fixtures/xac-consumer-2024.json --format markdown | md
        catalogue --format md | markdown
        questionnaire | json
        schema | JSON Schema
        summarize fixtures --format csv | csv
        """)
    void writesTheFileAndSaysSoInOneLine(String command, String format) throws Exception {
        Path file = dir.resolve("out");
        CliRun run = CliRun.of(args(command + " -o " + file));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertWrote(run, file, format);
    }

    @Test
    void validateWritesItsReportAndItsOtherFilesLikeTheRest() throws Exception {
        Path text = dir.resolve("validate.txt");
        Path junit = dir.resolve("junit.xml");
        CliRun run = CliRun.of("validate", "--rules", "rules", "--fixtures", "fixtures", "-o", text.toString(), "--junit", junit.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertWrote(new CliRun(0, "", lines.get(0)), junit, "JUnit XML");
        assertWrote(new CliRun(0, "", lines.get(1)), text, "text");
        assertTrue(Files.readString(text).contains("sound: 0 error(s)"), Files.readString(text));
        assertTrue(Files.readString(junit).startsWith("<?xml"));

        Path json = dir.resolve("validate.json");
        run = CliRun.of("validate", "--rules", "rules", "--fixtures", "fixtures", "--format", "json", "-o", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertWrote(run, json, "json");
        assertTrue(Json.mapper().readTree(json.toFile()).get("sound").asBoolean());
    }

    @Test
    void aFolderThatDoesNotExistIsOneLineNamingTheFile() {
        Path file = dir.resolve("no/such/folder/report.html");
        CliRun run = CliRun.of("evaluate", "fixtures/xac-consumer-2024.json", "-o", file.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(List.of("gapcheck: cannot write " + file + ": its folder does not exist"), run.err().lines().toList());
        assertFalse(Files.exists(file));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("1 byte", OutputOption.size(1));
        assertEquals("999 bytes", OutputOption.size(999));
        assertEquals("1 kB", OutputOption.size(1000));
        assertEquals("123 kB", OutputOption.size(123_456));
        assertEquals("999 kB", OutputOption.size(999_499));
        assertEquals("1.0 MB", OutputOption.size(999_500));
        assertEquals("2.5 MB", OutputOption.size(2_500_000));
    }

    private static void assertWrote(CliRun run, Path file, String format) throws Exception {
        assertEquals(1, run.err().lines().count(), run.err());
        Matcher m = WROTE.matcher(run.err().strip());
        assertTrue(m.matches(), run.err());
        assertEquals(file.toString(), m.group(1));
        assertEquals(format, m.group(2));
        assertEquals(OutputOption.size(Files.size(file)), m.group(3) + " " + m.group(4));
    }

    private static String[] args(String line) {
        return line.strip().split(" ");
    }
}
