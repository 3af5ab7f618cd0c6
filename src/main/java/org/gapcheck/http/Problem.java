package org.gapcheck.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gapcheck.submission.SubmissionError;

/**
 * An RFC 7807 problem body. {@code type} is a stable code (the README's API section lists them)
 * so clients can branch on it; {@code id} names the thing that was not found, where one was;
 * {@code errors} lists every input error with where it is.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 7807 problem; `type` is a stable code to branch on (the README lists them).")
public record Problem(
        @Schema(description = "Stable code of the kind of problem", example = "submission/invalid", requiredMode = REQUIRED)
        String type,
        @Schema(description = "Short summary of the kind", example = "Invalid submission", requiredMode = REQUIRED)
        String title,
        @Schema(description = "The HTTP status", example = "400", requiredMode = REQUIRED)
        int status,
        @Schema(description = "What is wrong with this request", requiredMode = REQUIRED)
        String detail,
        @Schema(description = "The request's path; absent where the connection was refused", requiredMode = NOT_REQUIRED)
        String instance,
        @Schema(description = "What was not found", requiredMode = NOT_REQUIRED)
        String id,
        @Schema(description = "Every input error, each where it is", requiredMode = NOT_REQUIRED)
        List<Error> errors) {

    /** The content type of every problem; a constant, so that annotations can name it. */
    public static final String CONTENT_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE = MediaType.of(CONTENT_TYPE);

    /** One error in the input: where (a JSON Pointer or a parameter name), a stable code, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProblemError", description = "One error in the input: where, a stable code, and why.")
    public record Error(
            @Schema(description = "JSON Pointer into the body, `file:line:column` in a rule pack, or a parameter name",
                    example = "/answers/DR.OAT_POLICY", requiredMode = NOT_REQUIRED)
            String path,
            @Schema(description = "Stable code of the error", example = "choice_not_allowed", requiredMode = NOT_REQUIRED)
            String code,
            @Schema(description = "Why, in words", requiredMode = REQUIRED)
            String message) {

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
