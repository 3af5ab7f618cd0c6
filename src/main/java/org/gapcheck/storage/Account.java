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
 */
@MappedEntity("accounts")
public record Account(@Id @GeneratedValue @Nullable Long id, String login, Role role, @Nullable String country,
                      @Nullable String passwordHash, boolean active, Instant createdAt) {

    /** The roles of issue 16; the public has no account. */
    public enum Role { COORDINATOR, CONTRIBUTOR, SECRETARIAT, ADMINISTRATOR }

    /** A new, active account without a password. */
    public static Account invited(String login, Role role, @Nullable String country, Instant at) {
        return new Account(null, login, role, country, null, true, at);
    }
}
