package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.engine.Status;
import org.gapcheck.core.RulePack;
import org.gapcheck.report.render.ReportFormat;
import org.gapcheck.json.Json;
import org.gapcheck.report.LeanReport;
import org.gapcheck.report.render.ReportTexts;
import org.gapcheck.report.Report;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a national submission (JSON) against the rule pack and print its gap report: per chapter"
                + " and per 2019 challenge, the actions that would close the most gaps, progress since --previous, and every"
                + " finding with its explanation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:evaluated, and --fail-on found a finding at or below the level given",
                "2:the submission is invalid (every error is listed with its JSON Pointer), unreadable, or bad usage"})
final class EvaluateCommand implements Callable<Integer> {

    enum FailOn { gap, partial }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSION.json", description = "The submission to evaluate.")
    Path submission;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOption output;

    @Option(names = "--previous", paramLabel = "OLD.json",
            description = "An earlier submission of the same country (e.g. the 2019 baseline): the report shows what improved, regressed, and the new and closed gaps.")
    Path previous;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT", converter = Formats.Report.class,
            description = "json (canonical), html (one printable file), csv (one row per finding), md or markdown, or pdf (the"
                    + " HTML on A4 pages, tagged; needs -o FILE) (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--include", paramLabel = "PART", split = ",",
            description = "With --format json: add the full action list (actions), as ?include=actions does.")
    java.util.List<JsonPart> include = java.util.List.of();

    @Option(names = "--embed-texts",
            description = "With --format json: the self-contained document, every finding with its criteria's texts and the full"
                    + " action list, as ?embed=texts does. Without it, JSON is the lean report: statuses by id, texts in GET /api/criteria.")
    boolean embedTexts;

    enum JsonPart { actions }

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "For CI: exit 1 when a finding is GAP (gap) or GAP or PARTIAL (partial).")
    FailOn failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format.binary() && !output.given()) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes a binary file, not text for"
                    + " the terminal: name it with -o FILE (e.g. -o report." + format + ")");
        }
        for (Path file : previous == null ? java.util.List.of(submission) : java.util.List.of(submission, previous)) {
            if (!Files.isRegularFile(file)) {
                err.println("gapcheck: cannot read " + file + ": no such file");
                return ExitCode.BAD_INPUT;
            }
            if (Files.size(file) > SubmissionReader.MAX_BYTES) {
                err.println("gapcheck: " + file + ": too_large: the submission is " + Files.size(file)
                        + " bytes; the limit is " + SubmissionReader.MAX_BYTES + " bytes (1 MiB)");
                return ExitCode.BAD_INPUT;
            }
        }
        Report evaluation;
        RulePack loaded = pack.load();
        try {
            boolean lean = format == ReportFormat.json && !embedTexts;
            evaluation = new EvaluationService(loaded, Clock.systemUTC()).evaluate(Files.readAllBytes(submission),
                    previous == null ? null : Files.readAllBytes(previous), !lean || include.contains(JsonPart.actions));
        } catch (InvalidSubmissionException e) {
            invalid(e, err);
            return ExitCode.BAD_INPUT;
        }
        ReportTexts texts = ReportTexts.of(loaded);
        if (format.binary()) {
            output.write(format.bytes(evaluation, texts), format.name(), spec);
        } else {
            String rendered = format == ReportFormat.json && !embedTexts
                    ? Json.write(LeanReport.of(evaluation, include.contains(JsonPart.actions))) : format.render(evaluation, texts);
            output.write(rendered, format.name(), spec);
        }
        if (failOn != null) {
            boolean failing = evaluation.findings().stream().anyMatch(f -> f.status() == Status.GAP
                    || (failOn == FailOn.partial && f.status() == Status.PARTIAL));
            return failing ? ExitCode.FOUND_PROBLEMS : ExitCode.OK;
        }
        return ExitCode.OK;
    }

    /** Every error under the file it is in, its pointer into that file: the submission, or the --previous one. */
    private void invalid(InvalidSubmissionException e, PrintWriter err) {
        List<SubmissionError> errors = e.errors();
        boolean ofPrevious = e instanceof EvaluationService.InvalidPrevious;
        Path file = ofPrevious ? previous : submission;
        err.println(Printable.of("gapcheck: " + file + (ofPrevious ? " (--previous) is not a valid previous submission; " : " is not a valid submission; ")
                + errors.size() + " error(s):"));
        for (SubmissionError x : errors) {
            SubmissionError own = ofPrevious ? EvaluationService.inPrevious(x) : x;
            err.println(Printable.of(file.toString()) + ": " + own);
        }
    }
}
