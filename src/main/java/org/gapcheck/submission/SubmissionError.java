package org.gapcheck.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gapcheck.text.Printable;

/**
 * One thing wrong with a submission: where (a JSON Pointer, RFC 6901, into the document; line and
 * column too when the JSON itself is broken), a stable code, and the reason in words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionError(String path, String code, String message, Integer line, Integer column) {

    public static SubmissionError at(String path, String code, String message) {
        return new SubmissionError(path, code, message, null, null);
    }

    /** One line, whatever the keys it quotes hold: control characters are escaped. */
    @Override
    public String toString() {
        String where = path.isEmpty() ? "(document)" : path;
        return Printable.of(where + (line == null ? "" : " (line " + line + ", column " + column + ")") + ": " + code + ": " + message);
    }
}
