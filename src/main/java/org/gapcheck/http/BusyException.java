package org.gapcheck.http;

import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** One rule-pack validation runs at a time; another is asked to come back later (429 with Retry-After). */
final class BusyException extends ApiException {

    private final int retryAfterSeconds;

    BusyException(int retryAfterSeconds) {
        super("Another rule pack is being validated; this server validates one at a time. Retry after "
                + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    Problem problem(String instance) {
        return new Problem("ruleset/busy", "Busy validating another pack", 429, getMessage(), instance, null, List.of());
    }

    @Override
    MutableHttpResponse<Problem> response(String instance) {
        return super.response(instance).header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
