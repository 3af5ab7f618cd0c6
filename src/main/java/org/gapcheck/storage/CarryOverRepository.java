package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The carry-overs: written once, when a draft starts from the last cycle, and read with the draft. */
public interface CarryOverRepository extends GenericRepository<CarryOver, Long> {

    CarryOver save(CarryOver carryOver);

    Optional<CarryOver> findBySubmissionId(long submissionId);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<CarryOver> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into carry_overs (id, submission_id, from_year, from_version, through_change_id, carried_by, carried_at)"
            + " values (:id, :submissionId, :fromYear, :fromVersion, :throughChangeId, :carriedBy, :carriedAt)")
    void insertKeepingId(CarryOver row);
}
