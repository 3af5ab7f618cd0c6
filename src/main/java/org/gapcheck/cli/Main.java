package org.gapcheck.cli;

import java.io.PrintWriter;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code gapcheck.jar}: one CLI over the same core as the HTTP service. */
@Command(name = "gapcheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks national drug policy against the 2016 UNGASS recommendations and the 2019 challenges.",
        subcommands = {AdminCommand.class, CatalogueCommand.class, EvaluateCommand.class, ExportCommand.class, ImportCommand.class,
                QuestionnaireCommand.class, SchemaCommand.class, ServeCommand.class, SummarizeCommand.class, ValidateCommand.class,
                WorkbookCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the check found problems", "2:bad input or usage",
                "3:internal error (a defect in Gapcheck; please report it)"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; returns the exit code. Used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> e instanceof PackLoadException ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR);
        line.setParameterExceptionHandler(new UsageError(err));
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PackLoadException broken) {
                err.println("gapcheck: the rule pack cannot be used; " + broken.problems().size() + " problem(s):");
                broken.problems().stream().map(p -> Printable.of(p.toString())).forEach(err::println);
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                err.println("gapcheck: " + Printable.of(e.getMessage()));
                return ExitCode.BAD_INPUT;
            }
            return InternalError.report(e, args, err);
        });
        try {
            return line.execute(args);
        } catch (Throwable e) { // an Error (stack overflow, out of memory) that got past picocli's handler
            return InternalError.report(e, args, err);
        }
    }

    @Override
    public Integer call() {
        // No subcommand is a usage error: say what there is to run.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
