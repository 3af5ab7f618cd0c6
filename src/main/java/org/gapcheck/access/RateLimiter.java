package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.gapcheck.storage.RateEvent;
import org.gapcheck.storage.RateEventRepository;

/**
 * Sliding-window limits counted in the database, so that two serve processes share one count: at
 * most {@code limit} events per bucket within {@code window}. Events older than a day are pruned
 * now and then.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class RateLimiter {

    private static final Duration KEPT = Duration.ofDays(1);

    private final RateEventRepository events;
    private volatile Instant lastPrune = Instant.EPOCH;

    RateLimiter(RateEventRepository events) {
        this.events = events;
    }

    /** Seconds until {@code bucket} is below {@code limit} again; 0 when it is below now. */
    public long waitSeconds(String bucket, int limit, Duration window) {
        Instant now = Instant.now();
        Instant from = now.minus(window);
        if (events.countByBucketAndAtAfter(bucket, from) < limit) {
            return 0;
        }
        return events.findFirstByBucketAndAtAfterOrderByAt(bucket, from)
                .map(oldest -> Math.max(1, Duration.between(now, oldest.at().plus(window)).toSeconds() + 1))
                .orElse(0L);
    }

    public void record(String bucket) {
        Instant now = Instant.now();
        events.save(new RateEvent(null, bucket, now));
        if (lastPrune.isBefore(now.minus(Duration.ofMinutes(10)))) {
            lastPrune = now;
            events.deleteByAtBefore(now.minus(KEPT));
        }
    }

    /** Forgets the bucket's events (a successful login clears its login's failures). */
    public void clear(String bucket) {
        events.deleteByBucket(bucket);
    }
}
