package org.gapcheck.storage;

import io.micronaut.data.model.Pageable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The accounts; implemented once per database ({@link Repositories}). The TOTP updates are
 * conditional, so that two requests racing with one code cannot both be accepted.
 */
public interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    List<Account> findByCountryOrderByLogin(String country);

    List<Account> findAllOrderByLogin();

    void updateActive(@Id Long id, boolean active);

    void updatePasswordHash(@Id Long id, @Nullable String passwordHash);

    /** Offers a new TOTP secret to an account not (or no longer) enrolled. */
    @Query("update accounts set totp_secret = :secret, totp_enrolled_at = null, totp_last_step = null where id = :id")
    void offerTotp(long id, String secret);

    /** Enrols the offered secret with its first accepted step: 1 if {@code secret} was still the one offered, else 0. */
    @Query("update accounts set totp_enrolled_at = :at, totp_last_step = :step"
            + " where id = :id and totp_secret = :secret and totp_enrolled_at is null")
    int enrolTotp(long id, String secret, Instant at, long step);

    /** Accepts a code of {@code step}: 1 if it comes after the last one accepted, else 0 (a replay). */
    @Query("update accounts set totp_last_step = :step"
            + " where id = :id and totp_enrolled_at is not null and (totp_last_step is null or totp_last_step < :step)")
    int acceptTotpStep(long id, long step);

    /** Forgets the account's TOTP: its next login enrols afresh. */
    @Query("update accounts set totp_secret = null, totp_enrolled_at = null, totp_last_step = null where id = :id")
    void clearTotp(long id);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    List<Account> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into accounts (id, login, role, country, password_hash, active, created_at, nomination_reference, created_by, totp_secret, totp_enrolled_at, totp_last_step)"
            + " values (:id, :login, :role, :country, :passwordHash, :active, :createdAt, :nominationReference, :createdBy, :totpSecret, :totpEnrolledAt, :totpLastStep)")
    void insertKeepingId(Account row);
}
