package org.gapcheck.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import org.gapcheck.pack.PackProblem;

/**
 * One thing validate reports: an error (the pack is unsound) or a warning (worth a look), under the
 * check that found it, with a stable code (a pack problem's own code, such as {@code yaml/syntax},
 * or the check's, such as {@code verifier/never-met}; the README lists them), at a file, line and
 * column where known. Prints as {@code rules/drl/chapter-1.drl:42:7: error: criterion/bad-weight: 1(m).x: reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationFinding(String severity, String check, String code, String file, Integer line, Integer column,
                                String entry, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public static final Comparator<ValidationFinding> ORDER = Comparator
            .comparing((ValidationFinding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.line() == null ? 0 : f.line())
            .thenComparingInt(f -> f.column() == null ? 0 : f.column())
            .thenComparing(ValidationFinding::message);

    /**
     * The form before findings had codes: the check stands for the code. Kept for callers not yet
     * passing one; prefer the full constructor.
     */
    public ValidationFinding(String severity, String check, String file, Integer line, Integer column, String entry, String message) {
        this(severity, check, check, file, line, column, entry, message);
    }

    /** A pack problem as an error of a check, keeping its code. */
    static ValidationFinding of(String check, PackProblem p) {
        return new ValidationFinding(ERROR, check, p.code(), p.file(), p.line(), p.column(), p.entry(), p.message());
    }

    public boolean error() {
        return ERROR.equals(severity);
    }

    /** Whether a budget of {@code pack.Limits} was exceeded (validate then exits 2, as for bad input). */
    public boolean overLimit() {
        return code != null && code.startsWith(PackProblem.LIMIT);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file == null || file.isEmpty() ? "(pack)" : file);
        if (line != null && line > 0) {
            out.append(':').append(line);
            if (column != null && column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity).append(": ").append(code).append(": ");
        if (entry != null && !entry.isBlank()) {
            out.append(entry).append(": ");
        }
        return out.append(message).toString();
    }
}
