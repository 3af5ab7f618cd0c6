package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A submitted version, materialised on submit and never changed: the whole submission as it stood
 * after {@code lastChangeId}, its SHA-256 (lower-case hex), and its gap report as the rule pack
 * {@code packVersion} produced it. Numbered from 1 per submission.
 */
@MappedEntity("submission_versions")
public record SubmissionVersion(@Id @GeneratedValue @Nullable Long id, long submissionId, int versionNumber,
                                @Nullable Long lastChangeId, long submittedBy, Instant submittedAt, String submissionJson,
                                String submissionSha256, String packVersion, String reportJson) {
}
