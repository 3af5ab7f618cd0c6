package org.gapcheck.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the framework answers (unknown route, wrong method, unreadable body, a defect)
 * becomes an RFC 7807 problem like our own; a server error never shows its stack trace or message.
 */
@Primary
@Singleton
final class ProblemResponses implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        String path = context.getRequest().getPath();
        Problem problem;
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("Internal error answering {} {}", context.getRequest().getMethod(), org.gapcheck.text.Printable.of(path), e));
            // The request id finds the log's lines of this failure (RequestIdFilter).
            String id = context.getRequest().getAttribute(RequestIdFilter.MDC_KEY, String.class).map(i -> " under request id " + i)
                    .orElse("");
            problem = new Problem("internal-error", status.getReason(), status.getCode(),
                    "Gapcheck failed to answer; the error is logged on the server" + id + ".", path, null, List.of());
        } else {
            List<Problem.Error> errors = context.getErrors().stream()
                    .map(e -> new Problem.Error(e.getPath().orElse(null), null, e.getMessage()))
                    .toList();
            String detail = errors.isEmpty() ? status.getReason() : errors.get(0).message();
            problem = new Problem("http/" + status.getCode(), status.getReason(), status.getCode(), detail, path, null,
                    errors.size() > 1 ? errors : List.of());
        }
        return base.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
