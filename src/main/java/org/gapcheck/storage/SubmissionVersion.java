package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A submitted version, materialised on submit and never changed: the whole submission as it stood
 * after {@code lastChangeId}, its SHA-256 (lower-case hex), and its gap report as the rule pack
 * {@code packVersion} produced it. Numbered from 1 per submission. Only its acknowledgement and its
 * publication are set later, each once.
 *
 * @param certification the statement the coordinator certified on submitting
 */
@MappedEntity("submission_versions")
public record SubmissionVersion(@Id @GeneratedValue @Nullable Long id, long submissionId, int versionNumber,
                                @Nullable Long lastChangeId, long submittedBy, Instant submittedAt, String submissionJson,
                                String submissionSha256, String packVersion, String reportJson, @Nullable String certification,
                                @Nullable Instant acknowledgedAt, @Nullable Long acknowledgedBy, @Nullable Instant publishedAt) {

    /** A version as submitted: not yet acknowledged nor published. */
    public static SubmissionVersion submitted(long submissionId, int number, @Nullable Long lastChangeId, long by, Instant at,
                                              String json, String sha256, String packVersion, String reportJson, String certification) {
        return new SubmissionVersion(null, submissionId, number, lastChangeId, by, at, json, sha256, packVersion, reportJson,
                certification, null, null, null);
    }
}
