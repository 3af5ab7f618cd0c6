package org.gapcheck.http;

import java.util.List;

/** A catalogue lookup by id that found nothing; answered as a 404 problem naming the id. */
final class NotFoundException extends ApiException {

    private final String kind;
    private final String id;

    NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    @Override
    Problem problem(String instance) {
        return new Problem("not-found/" + kind, "Not found", 404, getMessage(), instance, id, List.of());
    }
}
