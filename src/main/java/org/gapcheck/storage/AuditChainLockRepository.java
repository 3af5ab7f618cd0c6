package org.gapcheck.storage;

import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Locks the audit chain for the rest of the transaction; implemented once per database ({@link Repositories}). */
public interface AuditChainLockRepository extends GenericRepository<AuditChainLock, Integer> {

    Optional<AuditChainLock> findByIdForUpdate(Integer id);
}
