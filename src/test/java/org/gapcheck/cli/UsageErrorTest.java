package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A usage error is one line and exit 2 in every command, and a near miss is told what was meant. */
class UsageErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        evaluate fixtures/xaf-midterm-2024.json --prev fixtures/xaf-baseline-2019.json | --prev     | --previous
        evaluate fixtures/xaf-midterm-2024.json --formt html                          | --formt    | --format
        catalogue --fromat md                                                          | --fromat   | --format
        questionnaire --outptu q.md                                                    | --outptu   | --output
        schema --reprot                                                                | --reprot   | --report
        summarize fixtures --yaer 2024                                                 | --yaer     | --year
        validate --fixture fixtures                                                    | --fixture  | --fixtures
        serve --prot 8081                                                              | --prot     | --port
        serve --idle 5                                                                 | --idle     | --idle-timeout
        --verison                                                                      | --verison  | --version
        """)
    void aMistypedOptionIsOneLineWithWhatWasMeant(String line, String typed, String meant) {
        CliRun run = CliRun.of(line.strip().split(" "));
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        String command = line.startsWith("-") ? "gapcheck" : "gapcheck " + line.split(" ")[0];
        assertEquals(List.of("gapcheck: unknown option '" + typed + "'; did you mean " + meant + "? (see '" + command + " --help')"),
                run.err().lines().toList());
    }

    @Test
    void aMistypedCommandIsToldTheCommand() {
        CliRun run = CliRun.of("evalute", "fixtures/xaf-midterm-2024.json");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(List.of("gapcheck: unknown command 'evalute'; did you mean evaluate? (see 'gapcheck --help')"), run.err().lines().toList());
    }

    @Test
    void otherUsageErrorsAreOneLineToo() {
        CliRun run = CliRun.of("evaluate");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("gapcheck: Missing required parameter: 'SUBMISSION.json' (see 'gapcheck evaluate --help')", run.err().strip());
    }

    @Test
    void nearestPrefersWhatTheTypedNameBeginsThenFewTypos() {
        List<String> known = List.of("--format", "--previous", "--request-timeout", "--rules");
        assertEquals(Optional.of("--previous"), UsageError.nearest("--prev", known));
        assertEquals(Optional.of("--request-timeout or --rules"), UsageError.nearest("--r", known));
        assertEquals(Optional.of("--format"), UsageError.nearest("--fromat", known));
        assertEquals(Optional.empty(), UsageError.nearest("--colour", known));
        assertEquals(Optional.empty(), UsageError.nearest("-x", known));
    }
}
