package org.gapcheck.http;

import java.util.List;

/** An uploaded rule pack that is not a sound zip archive, or holds no pack (400). */
final class InvalidArchiveException extends ApiException {

    InvalidArchiveException(String reason) {
        super(reason);
    }

    @Override
    Problem problem(String instance) {
        return new Problem("ruleset/invalid-archive", "Rule pack refused", 400, getMessage(), instance, null, List.of());
    }
}
