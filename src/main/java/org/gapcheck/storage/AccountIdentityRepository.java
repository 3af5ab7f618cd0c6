package org.gapcheck.storage;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Links of provider identities to accounts; implemented once per database ({@link Repositories}). */
public interface AccountIdentityRepository extends GenericRepository<AccountIdentity, Long> {

    AccountIdentity save(AccountIdentity identity);

    Optional<AccountIdentity> findByIssuerAndSubject(String issuer, String subject);

    List<AccountIdentity> findByAccountIdOrderById(Long accountId);

    /** Removes the link; 1 if there was one. */
    @Query("delete from account_identities where issuer = :issuer and subject = :subject")
    int unlink(String issuer, String subject);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<AccountIdentity> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into account_identities (id, account_id, issuer, subject, created_at)"
            + " values (:id, :accountId, :issuer, :subject, :createdAt)")
    void insertKeepingId(AccountIdentity row);
}
