package org.gapcheck.storage;

import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The audit log: appended to and read in order, never updated (no update or delete is offered). */
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllOrderById();

    Optional<AuditEntry> findFirstOrderByIdDesc();
}
