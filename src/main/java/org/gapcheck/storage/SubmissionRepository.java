package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The submissions; an update from a stale copy throws {@code OptimisticLockException}. */
public interface SubmissionRepository extends CrudRepository<StoredSubmission, Long> {

    Optional<StoredSubmission> findByCountryAndReportingYear(String country, int reportingYear);

    /** The row locked until the transaction ends: saves and state changes of one submission take turns. */
    Optional<StoredSubmission> findByCountryAndReportingYearForUpdate(String country, int reportingYear);

    List<StoredSubmission> findByCountryOrderByReportingYear(String country);

    List<StoredSubmission> findByStateOrderByCountryAndReportingYear(StoredSubmission.State state);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    List<StoredSubmission> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into submissions (id, country, reporting_year, state, format_version, questionnaire_version, lock_version, created_at, updated_at, return_comments)"
            + " values (:id, :country, :reportingYear, :state, :formatVersion, :questionnaireVersion, :lockVersion, :createdAt, :updatedAt, :returnComments)")
    void insertKeepingId(StoredSubmission row);
}
