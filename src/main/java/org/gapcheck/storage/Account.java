package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Who logs in. A coordinator or a contributor speaks for one country (ISO 3166 alpha-3); the
 * secretariat and administrators for none: the database refuses any other pairing.
 *
 * @param passwordHash null until an invited account sets its password
 * @param nominationReference for a coordinator, the nomination that makes it speak for its State
 * @param createdBy the account that created this one; null for one made by {@code gapcheck admin create-user}
 * @param totpSecret the TOTP secret (hex) of the secretariat or an administrator: offered, then enrolled
 * @param totpEnrolledAt when a first code confirmed {@code totpSecret}; null while it is only offered
 * @param totpLastStep the last TOTP time step accepted; a code of it or an earlier one is refused
 */
@MappedEntity("accounts")
public record Account(@Id @GeneratedValue @Nullable Long id, String login, Role role, @Nullable String country,
                      @Nullable String passwordHash, boolean active, Instant createdAt,
                      @Nullable String nominationReference, @Nullable Long createdBy, @Nullable String totpSecret,
                      @Nullable Instant totpEnrolledAt, @Nullable Long totpLastStep) {

    /** The roles of issue 16; the public has no account. */
    public enum Role { COORDINATOR, CONTRIBUTOR, SECRETARIAT, ADMINISTRATOR }

    /** A new, active account without a password. */
    public static Account invited(String login, Role role, @Nullable String country, Instant at) {
        return new Account(null, login, role, country, null, true, at, null, null, null, null, null);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, login, role, country, hash, active, createdAt, nominationReference, createdBy, totpSecret,
                totpEnrolledAt, totpLastStep);
    }

    public Account withActive(boolean isActive) {
        return new Account(id, login, role, country, passwordHash, isActive, createdAt, nominationReference, createdBy, totpSecret,
                totpEnrolledAt, totpLastStep);
    }

    /** Whether logging in takes a TOTP code besides the password: the secretariat and administrators. */
    public boolean needsTotp() {
        return role == Role.SECRETARIAT || role == Role.ADMINISTRATOR;
    }

    /** Whether the account speaks for one country. */
    public boolean national() {
        return role == Role.COORDINATOR || role == Role.CONTRIBUTOR;
    }
}
