package org.gapcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gapcheck.text.Levenshtein;
import org.gapcheck.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error, for every command, in one line with exit code 2: what is wrong, the nearest
 * option or command for a near miss ({@code --prev}: did you mean --previous?), and where help is.
 */
final class UsageError implements CommandLine.IParameterExceptionHandler {

    private final PrintWriter err;

    UsageError(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String message = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched, spec).orElse(e.getMessage()) : e.getMessage();
        err.println("gapcheck: " + Printable.of(message) + " (see '" + spec.qualifiedName() + " --help')");
        return ExitCode.BAD_INPUT;
    }

    /** The unknown options, or the unknown command, each with the nearest that exists; empty for other unmatched words. */
    static Optional<String> unmatched(UnmatchedArgumentException e, CommandSpec spec) {
        List<String> options = e.getUnmatched().stream().filter(a -> a.startsWith("-") && a.length() > 1).toList();
        List<String> parts = new ArrayList<>();
        for (String option : options) {
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            List<String> known = spec.optionsMap().keySet().stream().filter(n -> n.startsWith("--")).sorted().toList();
            parts.add("unknown option '" + name + "'" + nearest(name, known).map(n -> "; did you mean " + n + "?").orElse(""));
        }
        if (parts.isEmpty() && !spec.subcommands().isEmpty() && !e.getUnmatched().isEmpty()) {
            String command = e.getUnmatched().get(0);
            List<String> known = spec.subcommands().keySet().stream().sorted().toList();
            parts.add("unknown command '" + command + "'" + nearest(command, known).map(n -> "; did you mean " + n + "?").orElse(""));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /**
     * What the user probably meant: the names the given one begins (an abbreviation, "--prev"), or
     * else the one closest by edit distance within a few typos ("--fromat"); nothing for a one-letter option.
     */
    static Optional<String> nearest(String given, List<String> known) {
        if (given.length() < 3) {
            return Optional.empty();
        }
        List<String> extending = known.stream().filter(n -> n.startsWith(given) && n.length() > given.length()).toList();
        if (!extending.isEmpty()) {
            return Optional.of(String.join(" or ", extending));
        }
        int tolerance = Math.max(2, given.length() / 4);
        return known.stream().filter(n -> Levenshtein.distance(given, n) <= tolerance)
                .min(Comparator.comparingInt(n -> Levenshtein.distance(given, n)));
    }
}
