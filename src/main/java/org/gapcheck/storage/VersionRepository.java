package org.gapcheck.storage;

import io.micronaut.data.repository.GenericRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Submitted versions: stored once; only the acknowledgement and the publication are set afterwards. */
public interface VersionRepository extends GenericRepository<SubmissionVersion, Long> {

    SubmissionVersion save(SubmissionVersion version);

    Optional<SubmissionVersion> findById(@Id Long id);

    Optional<SubmissionVersion> findBySubmissionIdAndVersionNumber(long submissionId, int versionNumber);

    List<SubmissionVersion> findBySubmissionIdOrderByVersionNumber(long submissionId);

    Optional<SubmissionVersion> findFirstBySubmissionIdOrderByVersionNumberDesc(long submissionId);

    void updateAcknowledgedAtAndAcknowledgedBy(@Id Long id, Instant acknowledgedAt, Long acknowledgedBy);

    void updatePublishedAt(@Id Long id, @Nullable Instant publishedAt);
}
