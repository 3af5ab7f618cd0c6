package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The audit log: appended to and read in order, never updated (no update or delete is offered). */
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllOrderById();

    Optional<AuditEntry> findFirstOrderByIdDesc();

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<AuditEntry> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into audit_log (id, at, account_id, action, subject, detail, previous_hash, entry_hash)"
            + " values (:id, :at, :accountId, :action, :subject, :detail, :previousHash, :entryHash)")
    void insertKeepingId(AuditEntry row);
}
