package org.gapcheck.http;

/** A catalogue lookup by id that found nothing; answered as a 404 problem naming the id. */
final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    String kind() {
        return kind;
    }

    String id() {
        return id;
    }
}
