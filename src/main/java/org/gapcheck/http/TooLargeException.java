package org.gapcheck.http;

import java.util.List;

/** A body over its endpoint's limit (413); {@link BodyLimits} knows each endpoint's. */
final class TooLargeException extends ApiException {

    private final BodyLimits.Limit limit;

    TooLargeException(BodyLimits.Limit limit, long size) {
        super((size < 0 ? "The body" : "The body of " + size + " bytes") + " is over the limit of " + limit.words() + ".");
        this.limit = limit;
    }

    @Override
    Problem problem(String instance) {
        return new Problem(limit.code(), limit.title(), 413, getMessage(), instance, null, List.of());
    }
}
