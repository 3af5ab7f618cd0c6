package org.gapcheck.http;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems a route can answer, as the OpenAPI document lists them: one annotation per group, so
 * each controller names its groups rather than repeating the responses. Each is an
 * {@code application/problem+json} body of the {@link Problem} schema; the types are the README's.
 */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /** Every route: an Accept header it cannot satisfy, a request that did not arrive in time, a defect. */
    @ApiResponse(responseCode = "406", description = "`http/not-acceptable` or `http/406`: the Accept header refuses every format"
            + " the route offers (`q=0` means \"not this\").",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "408", description = "`http/request-timeout`: the request did not arrive whole within the"
            + " request timeout of its first byte (30 s by default); the connection is closed.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "500", description = "`internal-error`: a defect in Gapcheck; no detail leaves the server, its log"
            + " has them.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface AnyRoute {
    }

    /** Every route that reads a body: one over the route's limit, or of a type it does not read. */
    @ApiResponse(responseCode = "413", description = "`submission/too-large`, `summary/too-large` or `ruleset/too-large`: the body"
            + " is over the route's limit, which the detail names (the README's Limits).",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "`http/415`: the Content-Type is not one the route reads.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface WithBody {
    }

    /** A lookup by id that found nothing. */
    @ApiResponse(responseCode = "404", description = "`not-found/recommendation` or `not-found/challenge`: no entry has that id;"
            + " `id` repeats it.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface ById {
    }

    /** A route that needs a caller: none (or one whose session or token has ended), or one without the right role. */
    @ApiResponse(responseCode = "401", description = "`http/401`: no session or token, or one that has expired, been revoked or"
            + " whose account is deactivated.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "`http/403`: the caller lacks the role or scope; `access/csrf`: a browser"
            + " session's request that changes something came without the session's `X-CSRF-Token`.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Authenticated {
    }
}
