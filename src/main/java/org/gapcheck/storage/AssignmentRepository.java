package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Which sections each contributor answers. */
public interface AssignmentRepository extends CrudRepository<SectionAssignment, Long> {

    List<SectionAssignment> findByAccountIdOrderBySection(long accountId);

    boolean existsByAccountIdAndSection(long accountId, String section);

    void deleteByAccountId(long accountId);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    List<SectionAssignment> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into section_assignments (id, account_id, section, assigned_by, assigned_at)"
            + " values (:id, :accountId, :section, :assignedBy, :assignedAt)")
    void insertKeepingId(SectionAssignment row);
}
