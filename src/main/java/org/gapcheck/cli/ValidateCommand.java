package org.gapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.validate.CaseResult;
import org.gapcheck.validate.CaseRunner;
import org.gapcheck.validate.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a rule pack as CI does: catalogue, questionnaire and thresholds consistent, every DRL file"
                + " compiles, every criterion's metadata sound, every rule case passes, and every member-state"
                + " recommendation has a criterion, a case showing it MET and one showing it GAP or PARTIAL."
                + " Problems print as file:line:column: reason.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pack is sound", "1:problems found (each is listed)", "2:bad usage, or the folder cannot be read"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rule pack folder to check (default: ${DEFAULT-VALUE} in the working directory).")
    Path rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(rules)) {
            err.println("gapcheck: " + rules + " is not a directory; --rules names a rule pack folder (the one holding pack.yaml)");
            return ExitCode.BAD_INPUT;
        }
        RulePack pack;
        try {
            pack = RulePackLoader.load(rules);
        } catch (PackLoadException e) {
            e.problems().forEach(out::println);
            out.println(e.problems().size() + " problem(s): the pack does not load.");
            return ExitCode.FOUND_PROBLEMS;
        }
        CaseRunner.Run run = CaseRunner.run(PackSource.directory(rules), pack);
        List<CaseResult> failed = run.results().stream().filter(r -> !r.passed()).toList();
        run.problems().stream().sorted(PackProblem.BY_LOCATION).forEach(out::println);
        failed.forEach(out::println);
        Coverage coverage = Coverage.of(pack, run.results());
        int total = coverage.recommendations();
        out.printf("criteria: %d; member-state recommendations with a criterion: %s (%d of %d)%n", pack.ruleBase().criteria().size(),
                Coverage.percent(total - coverage.withoutCriterion().size(), total), total - coverage.withoutCriterion().size(), total);
        list(out, "  without a criterion: ", coverage.withoutCriterion());
        out.printf("with a passing case showing MET: %s; showing GAP or PARTIAL: %s%n",
                Coverage.percent(total - coverage.withoutMetCase().size(), total),
                Coverage.percent(total - coverage.withoutGapCase().size(), total));
        list(out, "  no MET case: ", coverage.withoutMetCase());
        list(out, "  no GAP or PARTIAL case: ", coverage.withoutGapCase());
        long passed = run.results().size() - failed.size();
        out.printf("%d passed, %d failed%n", passed, failed.size());
        boolean sound = failed.isEmpty() && run.problems().isEmpty() && coverage.complete();
        return sound ? ExitCode.OK : ExitCode.FOUND_PROBLEMS;
    }

    private static void list(PrintWriter out, String label, List<String> ids) {
        if (!ids.isEmpty()) {
            out.println(label + String.join(", ", ids));
        }
    }
}
