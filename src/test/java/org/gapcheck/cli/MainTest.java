package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "catalogue", "serve", "admin"})
    void everyCommandHasHelpWithItsExitCodes(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: gapcheck"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Commands:"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void versionNamesTheRulePack() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("rule pack gapcheck-ungass "), run.out());
    }

    @Test
    void serveWithABrokenPackExitsTwoBeforeStarting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.of("serve", "--port", "0", "--rules", "no/such/folder", "--data", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no/such/folder"), run.err());
    }
}
