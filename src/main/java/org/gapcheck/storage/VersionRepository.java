package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
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

    /** Per submission submitted or acknowledged (not returned), its latest version: what the secretariat summarises. */
    @Query("select v.id, s.country, s.reporting_year, s.format_version, v.version_number, v.pack_version, v.report_json"
            + " from submission_versions v join submissions s on s.id = v.submission_id"
            + " where s.state in ('SUBMITTED', 'ACKNOWLEDGED') and v.version_number ="
            + " (select max(w.version_number) from submission_versions w where w.submission_id = v.submission_id)"
            + " order by s.country, s.reporting_year")
    List<LatestReport> findLatestSubmitted();

    /** Per submission, its latest published version: what the public may see summarised. */
    @Query("select v.id, s.country, s.reporting_year, s.format_version, v.version_number, v.pack_version, v.report_json"
            + " from submission_versions v join submissions s on s.id = v.submission_id"
            + " where v.published_at is not null and v.version_number = (select max(w.version_number)"
            + " from submission_versions w where w.submission_id = v.submission_id and w.published_at is not null)"
            + " order by s.country, s.reporting_year")
    List<LatestReport> findLatestPublished();

    /** A version's submission, alone (a summary reads few of them). */
    Optional<String> findSubmissionJsonById(@Id Long id);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<SubmissionVersion> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into submission_versions (id, submission_id, version_number, last_change_id, submitted_by, submitted_at, submission_json, submission_sha256, pack_version, report_json, certification, acknowledged_at, acknowledged_by, published_at)"
            + " values (:id, :submissionId, :versionNumber, :lastChangeId, :submittedBy, :submittedAt, :submissionJson, :submissionSha256, :packVersion, :reportJson, :certification, :acknowledgedAt, :acknowledgedBy, :publishedAt)")
    void insertKeepingId(SubmissionVersion row);
}
