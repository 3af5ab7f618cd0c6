package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void evaluatesAndFailsOnGapsOnlyWhenAsked() throws Exception {
        // Every yes/no-like item answered "no": a submission full of gaps.
        var answers = Json.mapper().createObjectNode();
        org.gapcheck.core.RulePackLoader.load(null).questionnaire().items().stream()
                .filter(i -> i.type().tokens().contains("no"))
                .forEach(i -> answers.put(i.code(), "no"));
        var root = Json.mapper().createObjectNode().put("country", "XAA").put("reporting_year", 2024).put("region", "african");
        root.set("answers", answers);
        Path submission = dir.resolve("s.json");
        Files.writeString(submission, Json.write(root));
        CliRun run = CliRun.of("evaluate", submission.toString());
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
