package org.gapcheck.pack;

import java.util.Comparator;

/**
 * One thing wrong with a rule pack, located so that a reader (or an editor, or CI) can jump to it,
 * with a stable {@code code} (e.g. {@code yaml/syntax}, {@code criterion/unknown-recommendation},
 * {@code limit/file-size}; the README lists them) that tools can match on while the message is
 * free to improve. Prints as {@code file:line:column: error: code: entry: message}, the shape
 * compilers and linters use.
 */
public record PackProblem(String file, int line, int column, String entry, String code, String message) {

    /** The prefix of every code that says a budget of {@link Limits} was exceeded. */
    public static final String LIMIT = "limit/";

    public static final Comparator<PackProblem> BY_LOCATION = Comparator
            .comparing(PackProblem::file)
            .thenComparingInt(PackProblem::line)
            .thenComparingInt(PackProblem::column)
            .thenComparing(PackProblem::message);

    public PackProblem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a pack problem needs a code: " + message);
        }
    }

    /** Whether the pack was refused for exceeding a budget rather than for what it says. */
    public boolean overLimit() {
        return code.startsWith(LIMIT);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": error: ").append(code).append(": ");
        if (entry != null && !entry.isBlank()) {
            out.append(entry).append(": ");
        }
        return out.append(message).toString();
    }
}
