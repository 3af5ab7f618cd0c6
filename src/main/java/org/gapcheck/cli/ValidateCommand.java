package org.gapcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.gapcheck.json.Json;
import org.gapcheck.pack.Budget;
import org.gapcheck.validate.Coverage;
import org.gapcheck.validate.JUnitXml;
import org.gapcheck.validate.Sarif;
import org.gapcheck.validate.Validation;
import org.gapcheck.validate.ValidationFinding;
import org.gapcheck.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a rule pack as CI does, reporting every problem at once as file:line:column: severity: code: entry: reason."
                + " Checks: the pack loads (files parse and agree, every DRL file parses and builds into the rule base, criteria metadata sound); coverage"
                + " (every member-state recommendation has a criterion, a case showing it MET and one showing GAP or PARTIAL);"
                + " every rule case passes; every fixture evaluates to its expectations; every criterion is judged by some case"
                + " or fixture; and verifier warnings (criteria that can never be met or never fail, twin criteria, unread items)."
                + " Each finding carries a stable code (the README lists them).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pack is sound (warnings are listed)", "1:problems found (each is listed)",
                "2:bad usage, a folder or an output file cannot be read or written, or the pack exceeds a limit"
                        + " (file size, nesting, requirement size, time; each is listed with code limit/...)"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rule pack folder to check (default: ${DEFAULT-VALUE} in the working directory).")
    Path rules;

    @Option(names = "--fixtures", paramLabel = "DIR",
            description = "Folder of fixtures (name.json with name.expected.yaml) to check (default: fixtures in the working directory, when it exists).")
    Path fixtures;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML, for CI servers.")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Also write the findings as SARIF 2.1.0, for code-scanning tools.")
    Path sarif;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop after this many seconds with a limit/time finding (default: ${DEFAULT-VALUE}).")
    long timeLimit;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(rules)) {
            err.println("gapcheck: " + rules + " is not a directory; --rules names a rule pack folder (the one holding pack.yaml)");
            return ExitCode.BAD_INPUT;
        }
        Path fixtureDir = fixtures;
        if (fixtureDir == null && Files.isDirectory(Path.of("fixtures"))) {
            fixtureDir = Path.of("fixtures");
        } else if (fixtureDir != null && !Files.isDirectory(fixtureDir)) {
            err.println("gapcheck: " + fixtureDir + " is not a directory; --fixtures names a folder of fixtures");
            return ExitCode.BAD_INPUT;
        }
        if (timeLimit < 1) {
            err.println("gapcheck: --time-limit is a whole number of seconds, at least 1");
            return ExitCode.BAD_INPUT;
        }
        ValidationReport report = Validation.run(rules, fixtureDir, Budget.of(Duration.ofSeconds(timeLimit)));
        write(junit, () -> JUnitXml.render(report), "JUnit XML", err);
        write(sarif, () -> Sarif.render(report, Path.of(""), Main.class.getPackage().getImplementationVersion()), "SARIF", err);
        if (format == Format.json) {
            output.write(Json.write(report), format.name(), spec);
        } else {
            StringWriter text = new StringWriter();
            text(report, new PrintWriter(text));
            output.write(text.toString(), format.name(), spec);
        }
        if (report.findings().stream().anyMatch(ValidationFinding::overLimit)) {
            return ExitCode.BAD_INPUT;
        }
        return report.sound() ? ExitCode.OK : ExitCode.FOUND_PROBLEMS;
    }

    /** Writes an optional output file (--junit, --sarif), saying so on standard error. */
    private static void write(Path file, Supplier<String> content, String format, PrintWriter err) throws java.io.IOException {
        if (file != null) {
            OutputOption.writeFile(file, content.get(), format, err);
        }
    }

    private static void text(ValidationReport report, PrintWriter out) {
        report.findings().forEach(out::println);
        if (report.coverage() != null) {
            Coverage c = report.coverage();
            int total = c.recommendations();
            out.printf("coverage: member-state recommendations with a criterion %s (%d of %d); with a case showing MET %s;"
                            + " showing GAP or PARTIAL %s%n",
                    Coverage.percent(total - c.withoutCriterion().size(), total), total - c.withoutCriterion().size(), total,
                    Coverage.percent(total - c.withoutMetCase().size(), total), Coverage.percent(total - c.withoutGapCase().size(), total));
            list(out, "  without a criterion: ", c.withoutCriterion());
            list(out, "  no MET case: ", c.withoutMetCase());
            list(out, "  no GAP or PARTIAL case: ", c.withoutGapCase());
        }
        if (report.criteria() != null) {
            ValidationReport.CriterionCoverage c = report.criteria();
            out.printf("criteria judged by a case or fixture: %s (%d of %d)%n", Coverage.percent(c.judged(), c.total()), c.judged(), c.total());
            list(out, "  never judged: ", c.neverJudged());
        }
        report.fixtures().forEach(f -> out.printf("fixture %s: %d expectations, %d differences%n", f.file(), f.expectations(), f.differences()));
        out.printf("%s: %d error(s), %d warning(s)%n", report.sound() ? "sound" : "unsound", report.errors(), report.warnings());
    }

    private static void list(PrintWriter out, String label, List<String> ids) {
        if (!ids.isEmpty()) {
            out.println(label + String.join(", ", ids));
        }
    }
}
