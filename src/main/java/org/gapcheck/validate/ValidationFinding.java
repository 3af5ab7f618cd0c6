package org.gapcheck.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;

/**
 * One thing validate reports: an error (the pack is unsound) or a warning (worth a look), under the
 * check that found it, at a file, line and column where known. Prints as
 * {@code rules/drl/chapter-1.drl:42:7: error: metadata: 1(m).x: reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationFinding(String severity, String check, String file, Integer line, Integer column, String entry,
                                String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public static final Comparator<ValidationFinding> ORDER = Comparator
            .comparing((ValidationFinding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.line() == null ? 0 : f.line())
            .thenComparingInt(f -> f.column() == null ? 0 : f.column())
            .thenComparing(ValidationFinding::message);

    public boolean error() {
        return ERROR.equals(severity);
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
        out.append(": ").append(severity).append(": ").append(check).append(": ");
        if (entry != null && !entry.isBlank()) {
            out.append(entry).append(": ");
        }
        return out.append(message).toString();
    }
}
