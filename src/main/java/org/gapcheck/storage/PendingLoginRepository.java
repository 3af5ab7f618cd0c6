package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Logins waiting for their TOTP code; implemented once per database ({@link Repositories}). */
public interface PendingLoginRepository extends GenericRepository<PendingLogin, Long> {

    PendingLogin save(PendingLogin login);

    Optional<PendingLogin> findByTokenHash(String tokenHash);

    /** Marks it used, unless it already is: 1 for the one request that completed it, 0 for any other. */
    @Query("update pending_logins set used_at = :at where id = :id and used_at is null")
    int markUsed(long id, Instant at);

    /** Rows kept: an import needs none. */
    long count();
}
