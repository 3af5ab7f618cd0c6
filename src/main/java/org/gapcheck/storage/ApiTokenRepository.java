package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens; implemented once per database ({@link Repositories}). */
public interface ApiTokenRepository extends GenericRepository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findById(@Id Long id);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findAllOrderById();

    void updateRevokedAt(@Id Long id, Instant revokedAt);

    void updateLastUsedAt(@Id Long id, Instant lastUsedAt);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<ApiToken> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into api_tokens (id, token_hash, name, scopes, created_by, created_at, expires_at, revoked_at, last_used_at)"
            + " values (:id, :tokenHash, :name, :scopes, :createdBy, :createdAt, :expiresAt, :revokedAt, :lastUsedAt)")
    void insertKeepingId(ApiToken row);
}
