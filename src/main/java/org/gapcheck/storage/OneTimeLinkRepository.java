package org.gapcheck.storage;

import java.util.List;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** One-time links; implemented once per database ({@link Repositories}). */
public interface OneTimeLinkRepository extends GenericRepository<OneTimeLink, Long> {

    OneTimeLink save(OneTimeLink link);

    Optional<OneTimeLink> findByTokenHash(String tokenHash);

    /** The account's newest link, the only one honoured. */
    Optional<OneTimeLink> findFirstByAccountIdOrderByIdDesc(Long accountId);

    /** Marks the link used, unless it already is: 1 for the one request that used it, 0 for any other. */
    @Query("update one_time_links set used_at = :at where id = :id and used_at is null")
    int markUsed(long id, Instant at);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<OneTimeLink> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into one_time_links (id, token_hash, account_id, purpose, created_by, created_at, expires_at, used_at)"
            + " values (:id, :tokenHash, :accountId, :purpose, :createdBy, :createdAt, :expiresAt, :usedAt)")
    void insertKeepingId(OneTimeLink row);
}
