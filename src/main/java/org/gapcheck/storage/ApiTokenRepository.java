package org.gapcheck.storage;

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
}
