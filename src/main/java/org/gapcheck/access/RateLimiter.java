package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.gapcheck.storage.RateEvent;
import org.gapcheck.storage.RateEventRepository;

/**
 * Sliding-window limits counted in the database, so that two serve processes share one count: at
 * most {@code limit} events per bucket within {@code window}. Events older than a day are pruned
 * now and then.
 * <p>
 * {@link #record} writes an event at once (a failed login: rare, and the next attempt must see it in
 * every process). {@link #recordSoon} is for limits counted on every request: the event is counted in
 * this process at once and written with the others of the last quarter second in one transaction, so a
 * busy limit costs one commit per flush, not one per request (a commit with its sync to disk cost half
 * the throughput of anonymous evaluations, BENCHMARKS.md). Another process sees it that much later.
 */
@Singleton
@Requires(beans = DataSource.class)
public class RateLimiter {

    private static final Duration KEPT = Duration.ofDays(1);

    private final RateEventRepository events;
    private final ConcurrentLinkedQueue<RateEvent> unsaved = new ConcurrentLinkedQueue<>();
    private volatile Instant lastPrune = Instant.EPOCH;

    RateLimiter(RateEventRepository events) {
        this.events = events;
    }

    /** Seconds until {@code bucket} is below {@code limit} again; 0 when it is below now. */
    public long waitSeconds(String bucket, int limit, Duration window) {
        Instant now = Instant.now();
        Instant from = now.minus(window);
        List<RateEvent> here = unsaved.stream().filter(e -> e.bucket().equals(bucket) && e.at().isAfter(from)).toList();
        if (here.size() >= limit || events.countByBucketAndAtAfter(bucket, from) + here.size() >= limit) {
            Optional<Instant> oldest = events.findFirstByBucketAndAtAfterOrderByAt(bucket, from).map(RateEvent::at)
                    .or(() -> here.stream().map(RateEvent::at).min(Instant::compareTo));
            return oldest.map(at -> Math.max(1, Duration.between(now, at.plus(window)).toSeconds() + 1)).orElse(0L);
        }
        return 0;
    }

    public void record(String bucket) {
        Instant now = Instant.now();
        events.save(new RateEvent(null, bucket, now));
        pruneNowAndThen(now);
    }

    /** Counts an event here at once and writes it with the next flush. */
    public void recordSoon(String bucket) {
        unsaved.add(new RateEvent(null, bucket, Instant.now()));
    }

    /** Writes the events counted since the last flush, in one transaction. */
    @Scheduled(fixedDelay = "250ms")
    @PreDestroy
    @Transactional
    void flush() {
        List<RateEvent> batch = new ArrayList<>();
        for (RateEvent e = unsaved.peek(); e != null; e = unsaved.peek()) {
            batch.add(e);
            unsaved.poll();
        }
        if (!batch.isEmpty()) {
            events.saveAll(batch);
            pruneNowAndThen(Instant.now());
        }
    }

    private void pruneNowAndThen(Instant now) {
        if (lastPrune.isBefore(now.minus(Duration.ofMinutes(10)))) {
            lastPrune = now;
            events.deleteByAtBefore(now.minus(KEPT));
        }
    }

    /** Forgets the bucket's events (a successful login clears its login's failures). */
    public void clear(String bucket) {
        unsaved.removeIf(e -> e.bucket().equals(bucket));
        events.deleteByBucket(bucket);
    }
}
