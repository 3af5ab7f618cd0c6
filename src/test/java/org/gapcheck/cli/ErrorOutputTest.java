package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI prints when things go wrong: one line per error, whatever the input holds; never a stack trace. */
class ErrorOutputTest {

    @TempDir
    Path dir;

    @Test
    void aNewlineInAnItemKeyCannotForgeAMessageLine() throws Exception {
        Path file = dir.resolve("forged.json");
        Files.writeString(file, "{\"country\": \"XAC\", \"reporting_year\": 2024, \"region\": \"western_european_other\","
                + " \"answers\": {\"DR.X\\ngapcheck: all good\\r\\nDR.Y\": \"yes\"}}");
        CliRun run = CliRun.of("evaluate", file.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("gapcheck:")).count(), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("DR.X\\ngapcheck: all good\\r\\nDR.Y")), run.err());
    }

    @Test
    void anInternalErrorIsOneLineAndALogWithTheTrace() throws Exception {
        StringWriter err = new StringWriter();
        int code = InternalError.report(new StackOverflowError("deep\nsecond line"), new String[] {"validate", "--rules", "x"},
                new PrintWriter(err, true));
        assertEquals(ExitCode.INTERNAL_ERROR, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("gapcheck: internal error (a defect in Gapcheck): StackOverflowError: deep;"), lines.get(0));
        Path log = Path.of(lines.get(0).replaceAll(".*the details are in (\\S+);.*", "$1"));
        String logged = Files.readString(log);
        assertTrue(logged.contains("gapcheck validate --rules x") && logged.contains("at org.gapcheck.cli.ErrorOutputTest"), logged);
        Files.delete(log);
    }
}
