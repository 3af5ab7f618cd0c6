package org.gapcheck.storage;

import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Submitted versions: stored once, then only read (no update or delete is offered). */
public interface VersionRepository extends GenericRepository<SubmissionVersion, Long> {

    SubmissionVersion save(SubmissionVersion version);

    Optional<SubmissionVersion> findBySubmissionIdAndVersionNumber(long submissionId, int versionNumber);

    List<SubmissionVersion> findBySubmissionIdOrderByVersionNumber(long submissionId);
}
