package org.gapcheck.storage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions; implemented once per database ({@link Repositories}). */
public interface LoginSessionRepository extends GenericRepository<LoginSession, Long> {

    LoginSession save(LoginSession session);

    Optional<LoginSession> findByTokenHash(String tokenHash);

    void updateLastSeenAt(@Id Long id, Instant lastSeenAt);

    void updateRevokedAt(@Id Long id, Instant revokedAt);
}
