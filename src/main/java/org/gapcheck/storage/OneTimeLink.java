package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A link that sets an account's password once: an invitation or a reset. The link carries a random
 * secret; only its SHA-256 is kept, so a copy of the database sets no password.
 *
 * @param createdBy the administrator (or secretariat, or coordinator) who issued it
 * @param usedAt when it set the password; a used link never works again
 */
@MappedEntity("one_time_links")
public record OneTimeLink(@Id @GeneratedValue @Nullable Long id, String tokenHash, Long accountId, Purpose purpose, Long createdBy,
                          Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {

    /** Why the link was issued. */
    public enum Purpose { INVITATION, RESET }

    /** Whether it may still be used at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
