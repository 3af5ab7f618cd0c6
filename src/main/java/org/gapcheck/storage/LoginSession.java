package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A browser session. The cookie carries a random secret; only its SHA-256 is kept, so a copy of the
 * database opens no session.
 *
 * @param csrfToken the synchronizer token every unsafe request of this session must send back
 * @param revokedAt set by logout (or an administrator); a revoked session never comes back
 */
@MappedEntity("sessions")
public record LoginSession(@Id @GeneratedValue @Nullable Long id, String tokenHash, Long accountId, String csrfToken,
                           Instant createdAt, Instant lastSeenAt, @Nullable Instant revokedAt) {
}
