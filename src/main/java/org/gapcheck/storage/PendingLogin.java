package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A login past its first factor that waits for the account's TOTP code. The browser holds a random
 * secret; only its SHA-256 is kept.
 *
 * @param method how the first factor was passed ({@code oidc})
 * @param usedAt when its code opened the session; it never works again
 */
@MappedEntity("pending_logins")
public record PendingLogin(@Id @GeneratedValue @Nullable Long id, String tokenHash, Long accountId, String method,
                           Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {

    /** Whether it may still be completed at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
