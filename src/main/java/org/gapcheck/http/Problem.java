package org.gapcheck.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import org.gapcheck.submission.SubmissionError;

/**
 * An RFC 7807 problem body. {@code type} is a stable code (the README's API section lists them)
 * so clients can branch on it; {@code id} names the thing that was not found, where one was;
 * {@code errors} lists every input error with where it is.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String id,
                      List<Error> errors) {

    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    /** One error in the input: where (a JSON Pointer or a parameter name), a stable code, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String path, String code, String message) {

        /** A submission error, its line and column (where the JSON itself is broken) said in the message. */
        static Error of(SubmissionError e) {
            String where = e.line() == null ? "" : " (line " + e.line() + ", column " + e.column() + ")";
            return new Error(e.path(), e.code(), e.message() + where);
        }
    }

    public MutableHttpResponse<Problem> response() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }
}
