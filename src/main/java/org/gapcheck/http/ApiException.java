package org.gapcheck.http;

import io.micronaut.http.MutableHttpResponse;

/**
 * A refusal a route decides on (not found, too large, busy, ...): each kind knows its problem body,
 * and {@link ApiExceptionHandler} answers them all, so no controller builds an error body. These
 * are answers, not failures: they carry no stack trace.
 */
abstract class ApiException extends RuntimeException {

    ApiException(String message) {
        super(message, null, false, false);
    }

    abstract Problem problem(String instance);

    MutableHttpResponse<Problem> response(String instance) {
        return problem(instance).response();
    }
}
