package org.gapcheck.http;

import java.util.List;

/** Rule-pack upload runs uploaded files through the pack reader; it is off unless the operator turns it on (403). */
final class UploadDisabledException extends ApiException {

    UploadDisabledException() {
        super("Rule-pack validation over HTTP is off on this server; start it with 'serve --enable-ruleset-upload',"
                + " or run 'gapcheck validate --rules DIR' locally.");
    }

    @Override
    Problem problem(String instance) {
        return new Problem("ruleset/upload-disabled", "Rule-pack upload disabled", 403, getMessage(), instance, null, List.of());
    }
}
