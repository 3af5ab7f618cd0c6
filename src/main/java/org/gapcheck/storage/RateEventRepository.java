package org.gapcheck.storage;

import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rate-limit events; implemented once per database ({@link Repositories}). */
public interface RateEventRepository extends GenericRepository<RateEvent, Long> {

    RateEvent save(RateEvent event);

    /** Several in one batch (RateLimiter's flush). */
    List<RateEvent> saveAll(Iterable<RateEvent> events);

    long countByBucketAndAtAfter(String bucket, Instant after);

    /** The oldest event still inside the window: when it leaves, the count drops. */
    Optional<RateEvent> findFirstByBucketAndAtAfterOrderByAt(String bucket, Instant after);

    void deleteByBucket(String bucket);

    void deleteByAtBefore(Instant before);

    /** Rows kept: an import needs none. */
    long count();
}
