package org.gapcheck.storage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions; implemented once per database ({@link Repositories}). */
public interface LoginSessionRepository extends GenericRepository<LoginSession, Long> {

    LoginSession save(LoginSession session);

    Optional<LoginSession> findByTokenHash(String tokenHash);

    void updateLastSeenAt(@Id Long id, Instant lastSeenAt);

    void updateRevokedAt(@Id Long id, Instant revokedAt);

    /** Ends every open session of the account; the number ended. */
    @Query("update sessions set revoked_at = :at where account_id = :accountId and revoked_at is null")
    int revokeOpen(long accountId, Instant at);

    /** Rows kept: an import needs none. */
    long count();
}
