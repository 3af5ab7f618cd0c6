package org.gapcheck.storage;

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
}
