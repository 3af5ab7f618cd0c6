package org.gapcheck.storage;

import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Which sections each contributor answers. */
public interface AssignmentRepository extends CrudRepository<SectionAssignment, Long> {

    List<SectionAssignment> findByAccountIdOrderBySection(long accountId);

    boolean existsByAccountIdAndSection(long accountId, String section);

    void deleteByAccountId(long accountId);
}
