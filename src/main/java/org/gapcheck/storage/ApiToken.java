package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A bearer token for the API and CI, shown once when it is created and kept as its SHA-256.
 *
 * @param scopes what it may do, space-separated (e.g. {@code ruleset:validate}); it has no role
 */
@MappedEntity("api_tokens")
public record ApiToken(@Id @GeneratedValue @Nullable Long id, String tokenHash, String name, String scopes, Long createdBy,
                       Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    /** Whether it opens requests at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
