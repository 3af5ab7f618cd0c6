package org.gapcheck.http;

import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/**
 * Work the server does a bounded number of at a time is refused while it is full: the client is asked to
 * come back later (429 with Retry-After). Rule-pack validations run one at a time; PDFs one at a time
 * with a few waiting (report/render/PdfQueue).
 */
final class BusyException extends ApiException {

    private final String type;
    private final String title;
    private final int retryAfterSeconds;

    private BusyException(String type, String title, String detail, int retryAfterSeconds) {
        super(detail);
        this.type = type;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static BusyException validatingPack(int retryAfterSeconds) {
        return new BusyException("ruleset/busy", "Busy validating another pack", "Another rule pack is being validated;"
                + " this server validates one at a time. Retry after " + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }

    static BusyException renderingPdfs(String detail, int retryAfterSeconds) {
        return new BusyException("report/pdf-busy", "Busy rendering other PDFs", detail, retryAfterSeconds);
    }

    @Override
    Problem problem(String instance) {
        return new Problem(type, title, 429, getMessage(), instance, null, List.of());
    }

    @Override
    MutableHttpResponse<Problem> response(String instance) {
        return super.response(instance).header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
