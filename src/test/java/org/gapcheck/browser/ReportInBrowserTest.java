package org.gapcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gapcheck.cli.CliRun;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.Browser;
import org.gapcheck.testing.PageCheck;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML gap report of every fixture, and the secretariat's summary of the fixtures folder, written by the CLI
 * as a user would (evaluate / summarize --format html), opened in headless Chromium on a desktop (1400 px) and a
 * phone (390 px): no console error, no overflowing text, no serious or critical WCAG 2.1 AA violation.
 * Screenshots: target/screenshots/report-NAME-WIDTH.png and summary-WIDTH.png.
 */
class ReportInBrowserTest {

    static final Path OUT = Path.of("target/browser");
    static final int DESKTOP = 1400;
    static final int PHONE = 390;
    private static final Map<String, Path> RENDERED = new HashMap<>();

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    static Stream<Arguments> reports() {
        return Fixtures.submissions().stream().flatMap(f -> Stream.of(DESKTOP, PHONE).map(w -> Arguments.of(name(f), w)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("reports")
    void theGapReportReadsCleanly(String fixture, int width) {
        Path html = RENDERED.computeIfAbsent(fixture, ReportInBrowserTest::evaluate);
        PageCheck check = BROWSER.open(html, width).check("report-" + fixture + "-" + width);
        assertTrue(check.problems().isEmpty(), check::report);
    }

    @ParameterizedTest(name = "summary of fixtures/ at {0} px")
    @ValueSource(ints = {DESKTOP, PHONE})
    void theSecretariatSummaryReadsCleanly(int width) {
        Path html = RENDERED.computeIfAbsent("summary", k -> run(OUT.resolve("summary.html"),
                "summarize", Fixtures.DIR.toString(), "--format", "html"));
        PageCheck check = BROWSER.open(html, width).check("summary-" + width);
        assertTrue(check.problems().isEmpty(), check::report);
    }

    /** The report as the README's first command writes it: a later submission against the same country's earlier one. */
    private static Path evaluate(String fixture) {
        List<String> args = new ArrayList<>(List.of("evaluate", Fixtures.DIR.resolve(fixture + ".json").toString()));
        earlier(fixture).ifPresent(p -> args.addAll(List.of("--previous", p.toString())));
        args.addAll(List.of("--format", "html"));
        return run(OUT.resolve(fixture + ".html"), args.toArray(String[]::new));
    }

    /** The same country's latest fixture of an earlier year (fixtures are named CODE-what-YEAR). */
    private static java.util.Optional<Path> earlier(String fixture) {
        String country = fixture.substring(0, fixture.indexOf('-'));
        return Fixtures.submissions().stream().filter(p -> name(p).startsWith(country + "-") && year(name(p)) < year(fixture))
                .reduce((a, b) -> b);
    }

    private static int year(String fixture) {
        return Integer.parseInt(fixture.substring(fixture.lastIndexOf('-') + 1));
    }

    private static Path run(Path html, String... args) {
        try {
            Files.createDirectories(OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] withOutput = Stream.concat(Stream.of(args), Stream.of("-o", html.toString())).toArray(String[]::new);
        CliRun run = CliRun.of(withOutput);
        assertEquals(0, run.exitCode(), String.join(" ", withOutput) + ": " + run.err());
        return html;
    }

    private static String name(Path fixture) {
        return fixture.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
