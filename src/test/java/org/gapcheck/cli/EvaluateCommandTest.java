package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.json.Json;
import org.gapcheck.submission.BrokenSubmissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} exits 2 naming \"{1}\"")
    @MethodSource("org.gapcheck.submission.BrokenSubmissions#cases")
    void brokenSubmissionsExitTwoWithTheirErrors(String file, String path, String code) {
        CliRun run = CliRun.of("evaluate", BrokenSubmissions.DIR.resolve(file).toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(": " + code + ": "), run.err());
        assertTrue(path.isEmpty() || run.err().contains(path), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("evaluate", dir.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void anInvalidPreviousSubmissionIsNamedWithPointersIntoIt() {
        Path broken = BrokenSubmissions.DIR.resolve("unknown-item.json");
        CliRun run = CliRun.of("evaluate", "fixtures/xaf-midterm-2024.json", "--previous", broken.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(List.of("gapcheck: " + broken + " (--previous) is not a valid previous submission; 1 error(s):",
                broken + ": /answers/DR.NALOXONE_TAKEHOME: unknown_item: previous submission: no questionnaire item"
                        + " 'DR.NALOXONE_TAKEHOME'; did you mean 'DR.NALOXONE_TAKE_HOME'?"), run.err().lines().toList());
    }

    @Test
    void aPreviousSubmissionOfAnotherCountryIsNamed() {
        CliRun run = CliRun.of("evaluate", "fixtures/xaf-midterm-2024.json", "--previous", "fixtures/xac-consumer-2024.json");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(List.of("gapcheck: fixtures/xac-consumer-2024.json (--previous) is not a valid previous submission; 1 error(s):",
                "fixtures/xac-consumer-2024.json: /country: other_country: the previous submission is of XAC, this one of XAF"),
                run.err().lines().toList());
    }

    @Test
    void anInvalidSubmissionBesideAValidPreviousOneIsTheSubmissions() {
        Path broken = BrokenSubmissions.DIR.resolve("unknown-item.json");
        CliRun run = CliRun.of("evaluate", broken.toString(), "--previous", "fixtures/xaf-baseline-2019.json");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("gapcheck: " + broken + " is not a valid submission; 1 error(s):"), run.err());
        assertTrue(run.err().contains(broken + ": /answers/DR.NALOXONE_TAKEHOME: unknown_item: "), run.err());
    }

    @Test
    void evaluatesAndFailsOnGapsOnlyWhenAsked() throws Exception {
        // Every yes/no-like item answered "no": a submission full of gaps.
        var answers = Json.mapper().createObjectNode();
        org.gapcheck.core.RulePackLoader.load(null).questionnaire().items().stream()
                .filter(i -> i.type().tokens().contains("no"))
                .forEach(i -> answers.put(i.code(), "no"));
        var root = Json.mapper().createObjectNode().put("country", "XAA").put("reporting_year", 2024).put("region", "latin_american_caribbean");
        root.set("answers", answers);
        Path submission = dir.resolve("s.json");
        Files.writeString(submission, Json.write(root));
        CliRun run = CliRun.of("evaluate", submission.toString(), "--embed-texts");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode evaluation = Json.mapper().readTree(run.out());
        JsonNode m = null;
        for (JsonNode f : evaluation.get("findings")) {
            if (f.get("recommendation").asText().equals("1(m)")) {
                m = f;
            }
        }
        assertTrue(m != null && m.get("criteria").size() > 0);
        assertEquals(ExitCode.FOUND_PROBLEMS, CliRun.of("evaluate", submission.toString(), "--fail-on", "gap").exitCode());
    }

    @Test
    void jsonIsLeanUnlessTextsOrActionsAreAsked() throws Exception {
        String fixture = "fixtures/xae-punitive-2024.json";
        JsonNode lean = Json.mapper().readTree(CliRun.of("evaluate", fixture).out());
        assertTrue(lean.has("criteria") && lean.has("priorities") && !lean.has("findings") && !lean.has("actions"), lean.fieldNames().toString());
        JsonNode withActions = Json.mapper().readTree(CliRun.of("evaluate", fixture, "--include", "actions").out());
        assertTrue(withActions.get("actions").size() > 0 && !withActions.has("findings"));
        JsonNode whole = Json.mapper().readTree(CliRun.of("evaluate", fixture, "--embed-texts").out());
        assertEquals(103, whole.get("findings").size());
        assertTrue(whole.has("actions"));
        CliRun bad = CliRun.of("evaluate", fixture, "--include", "pictures");
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--include"), bad.err());
    }

    @Test
    void aPdfWithoutAFileIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "fixtures/xac-consumer-2024.json", "--format", "pdf");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("gapcheck: --format pdf writes a binary file, not text for the terminal: name it with -o FILE"),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aPdfIsWrittenToTheFileNamed() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        CliRun run = CliRun.of("evaluate", "fixtures/xac-consumer-2024.json", "--format", "pdf", "-o", pdf.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
