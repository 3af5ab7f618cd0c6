package org.gapcheck.http;

import org.gapcheck.submission.SubmissionReader;

/**
 * The most each endpoint reads. The server refuses anything above {@link #SERVER} before it is read
 * (application.yml's {@code micronaut.server.max-request-size}, which a test holds equal); each route
 * then holds its body to its own limit. The README's Limits table lists the same figures.
 */
final class BodyLimits {

    /** One endpoint's limit, with the problem type a body over it is answered with. */
    record Limit(String path, long bytes, String code, String title) {
        String words() {
            return bytes + " bytes (" + (bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB") + ")";
        }

        /** The body as a route reads it: none is empty; one over the limit is a 413. */
        byte[] checked(byte[] body) {
            if (body == null) {
                return new byte[0];
            }
            if (body.length > bytes) {
                throw new TooLargeException(this, body.length);
            }
            return body;
        }
    }

    static final long SERVER = 10L << 20;
    /** A submission and the previous one, each at most {@link SubmissionReader#MAX_BYTES}, and their wrapper. */
    static final Limit EVALUATION = new Limit("/api/evaluations", 2L * SubmissionReader.MAX_BYTES + (64 << 10),
            "submission/too-large", "Submission too large");
    static final Limit SUMMARY = new Limit("/api/summaries", SERVER, "summary/too-large", "Batch too large");
    static final Limit RULESET = new Limit("/api/rulesets/validate", 4L << 20, "ruleset/too-large", "Rule pack too large");
    private static final Limit OTHER = new Limit("", SERVER, "http/too-large", "Request too large");

    private BodyLimits() {
    }

    static Limit forPath(String path) {
        for (Limit limit : new Limit[] {EVALUATION, SUMMARY, RULESET}) {
            if (path.startsWith(limit.path())) {
                return limit;
            }
        }
        return OTHER;
    }
}
