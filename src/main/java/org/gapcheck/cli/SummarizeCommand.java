package org.gapcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import io.micronaut.context.ApplicationContext;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;
import org.gapcheck.summary.render.SummaryFormat;
import org.gapcheck.workflow.StoredSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarise the submissions in a folder across countries: country by chapter and by challenge,"
                + " per recommendation the States reporting each status, the most common gaps overall and per region (with"
                + " the 2017 regional recommendations that speak to them), trends where a country reported twice, and"
                + " reporting coverage. Invalid submissions are listed with their errors and left out. With --stored, the"
                + " submissions kept in the database instead: per country and year its latest submitted or acknowledged"
                + " version, scored under the pack given (by the report stored with it where that pack produced it).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:summarised (invalid submissions, if any, are listed in the summary)",
                "2:bad usage, the folder holds no submission, or no database to read"})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of submissions (*.json); not with --stored.")
    Path dir;

    @Option(names = "--stored", description = "Summarise the submitted versions kept in the database (--data, or GAPCHECK_DB_URL)"
            + " instead of a folder.")
    boolean stored;

    @Mixin
    DataOption data;

    @Option(names = "--year", paramLabel = "Y", description = "The reporting year to summarise (default: each country's latest submission).")
    Integer year;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json, csv (one file, a table column) or html (heatmaps and regional charts) (default: ${DEFAULT-VALUE}).")
    SummaryFormat format;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        if (stored == (dir != null)) {
            throw new ParameterException(spec.commandLine(), "give a folder of submissions (DIR) or --stored, one of the two");
        }
        if (stored) {
            data.requireExisting(spec);
            try (ApplicationContext context = ApplicationContext.builder().properties(data.storage(spec)).singletons(pack.load()).start()) {
                output.write(format.render(context.getBean(StoredSummaries.class).submitted(year)), format.name(), spec);
            }
            return ExitCode.OK;
        }
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("gapcheck: " + dir + " is not a directory of submissions");
            return ExitCode.BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("gapcheck: " + dir + " holds no submission (*.json)");
            return ExitCode.BAD_INPUT;
        }
        List<SummaryBuilder.Input> inputs = new ArrayList<>();
        List<SummaryReport.Invalid> unreadable = new ArrayList<>();
        for (Path f : files) {
            if (Files.size(f) > SubmissionReader.MAX_BYTES) {
                unreadable.add(new SummaryReport.Invalid(f.getFileName().toString(), List.of(SubmissionError.at("", "too_large",
                        "the file is " + Files.size(f) + " bytes; the limit is " + SubmissionReader.MAX_BYTES + " bytes (1 MiB)"))));
                continue;
            }
            inputs.add(new SummaryBuilder.Input(f.getFileName().toString(), Files.readAllBytes(f)));
        }
        SummaryReport report = new SummaryBuilder(pack.load()).build(inputs, year,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!unreadable.isEmpty()) {
            List<SummaryReport.Invalid> invalid = new ArrayList<>(unreadable);
            invalid.addAll(report.invalid());
            report = new SummaryReport(report.pack(), report.packVersion(), report.generatedAt(), report.year(),
                    report.submissionsRead() + unreadable.size(), report.submissionsValid(), invalid, report.countries(),
                    report.recommendations(), report.topGaps(), report.regions(), report.trend(), report.coverage());
        }
        output.write(format.render(report), format.name(), spec);
        return ExitCode.OK;
    }
}
