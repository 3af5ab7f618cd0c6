package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wherever a command offers Markdown, --format md and --format markdown are the same format, and its help says so. */
class FormatOptionTest {

    private static final String SUBMISSION = "fixtures/xac-consumer-2024.json";

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "catalogue", "questionnaire"})
    void mdAndMarkdownGiveTheSameDocument(String command) {
        CliRun md = run(command, "md");
        CliRun markdown = run(command, "markdown");
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(md.out().startsWith("#"), "Markdown begins with a heading: " + md.out().substring(0, 40));
        // The report names the time it was made, to the second; everything else is the same.
        assertEquals(markdown.out().replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z", "TIME"),
                md.out().replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z", "TIME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "catalogue", "questionnaire"})
    void helpListsBothNames(String command) {
        CliRun help = CliRun.of(command, "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("md or markdown"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "catalogue", "questionnaire"})
    void anUnknownFormatListsTheFormatsInOneLine(String command) {
        CliRun run = run(command, "docx");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("md (or markdown)"), run.err());
        assertTrue(run.err().contains(" but was 'docx'"), run.err());
    }

    private static CliRun run(String command, String format) {
        return command.equals("evaluate") ? CliRun.of(command, SUBMISSION, "--format", format) : CliRun.of(command, "--format", format);
    }
}
