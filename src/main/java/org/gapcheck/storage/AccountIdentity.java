package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An identity of an OpenID Connect provider that logs in as an account: the ID token's {@code iss}
 * and {@code sub}, which together name one person for good (OpenID Connect Core 1.0, section 2).
 */
@MappedEntity("account_identities")
public record AccountIdentity(@Id @GeneratedValue @Nullable Long id, Long accountId, String issuer, String subject, Instant createdAt) {
}
