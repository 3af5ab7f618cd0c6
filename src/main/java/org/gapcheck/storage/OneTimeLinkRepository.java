package org.gapcheck.storage;

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
}
