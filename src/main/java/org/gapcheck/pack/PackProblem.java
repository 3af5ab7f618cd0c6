package org.gapcheck.pack;

import java.util.Comparator;

/**
 * One thing wrong with a rule pack, located so that a reader (or an editor, or CI) can jump to it.
 * Prints as {@code file:line:column: entry: message}, the shape compilers and linters use.
 */
public record PackProblem(String file, int line, int column, String entry, String message) {

    public static final Comparator<PackProblem> BY_LOCATION = Comparator
            .comparing(PackProblem::file)
            .thenComparingInt(PackProblem::line)
            .thenComparingInt(PackProblem::column)
            .thenComparing(PackProblem::message);

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (entry != null && !entry.isBlank()) {
            out.append(entry).append(": ");
        }
        return out.append(message).toString();
    }
}
