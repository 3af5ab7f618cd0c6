package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.sql.Connection;
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
 * the throughput of anonymous evaluations, BENCHMARKS.md), and {@link #waitSecondsSoon} reads its count
 * at most as often. Another process sees the events that much later.
 */
@Singleton
@Requires(beans = DataSource.class)
public class RateLimiter {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration FLUSH_EVERY = Duration.ofMillis(250);

    private final RateEventRepository events;
    private final ConcurrentLinkedQueue<RateEvent> unsaved = new ConcurrentLinkedQueue<>();
    /** Buckets counted by {@link #recordSoon}: what was read of each, and this process's events since. */
    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();
    private volatile Instant lastPrune = Instant.EPOCH;
    private final TransactionOperations<Connection> transactions;
    /** One flush at a time: a flush asked for (a test, shutdown) waits for the scheduled one under way to commit. */
    private final ReentrantLock flushing = new ReentrantLock();

    RateLimiter(RateEventRepository events, TransactionOperations<Connection> transactions) {
        this.events = events;
        this.transactions = transactions;
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

    /**
     * {@link #waitSeconds} for a bucket counted on every request: the count is read from the database at most
     * once a quarter second, and this process's events since are added to it, so a busy bucket costs a few reads
     * a second, not one per request. An event leaving the window is seen up to that much later (the count errs high).
     */
    public long waitSecondsSoon(String bucket, int limit, Duration window) {
        Instant now = Instant.now();
        Seen s = seen.compute(bucket, (k, old) -> old == null || old.readAt().isBefore(now.minus(FLUSH_EVERY)) ? read(k, now, window) : old);
        if (s.stored() + s.since() < limit) {
            return 0;
        }
        Instant oldest = s.oldest() == null ? now : s.oldest();
        return Math.max(1, Duration.between(now, oldest.plus(window)).toSeconds() + 1);
    }

    private Seen read(String bucket, Instant now, Duration window) {
        Instant from = now.minus(window);
        List<Instant> here = unsaved.stream().filter(e -> e.bucket().equals(bucket) && e.at().isAfter(from)).map(RateEvent::at).toList();
        Instant oldest = events.findFirstByBucketAndAtAfterOrderByAt(bucket, from).map(RateEvent::at)
                .or(() -> here.stream().min(Instant::compareTo)).orElse(null);
        long stored = oldest == null ? 0 : events.countByBucketAndAtAfter(bucket, from) + here.size();
        return new Seen(now, window, stored, oldest, 0);
    }

    private record Seen(Instant readAt, Duration window, long stored, Instant oldest, int since) {
        Seen plusOne() {
            return new Seen(readAt, window, stored, oldest, since + 1);
        }
    }

    public void record(String bucket) {
        Instant now = Instant.now();
        events.save(new RateEvent(null, bucket, now));
        pruneNowAndThen(now);
    }

    /** Counts an event here at once and writes it with the next flush. */
    public void recordSoon(String bucket) {
        unsaved.add(new RateEvent(null, bucket, Instant.now()));
        seen.computeIfPresent(bucket, (k, s) -> s.plusOne());
    }

    /**
     * The last events, written as the context begins to close: a shutdown event comes before any bean
     * is destroyed, where a {@code @PreDestroy} flush would come after the data source and open the
     * database (and run its migrations) again on the way out.
     */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        flush();
    }

    /** Writes the events counted since the last flush, in one transaction. */
    @Scheduled(fixedDelay = "250ms") // FLUSH_EVERY
    void flush() {
        flushing.lock();
        try {
            // The events stay counted here until their rows are committed (for that moment, twice: the count errs high),
            // never in neither place; only a flush takes them off the queue, in order, so the batch's are the first ones.
            List<RateEvent> batch = new ArrayList<>(unsaved);
            Instant now = Instant.now();
            seen.values().removeIf(s -> s.readAt().plus(s.window()).isBefore(now));
            if (!batch.isEmpty()) {
                transactions.executeWrite(status -> {
                    events.saveAll(batch);
                    pruneNowAndThen(now);
                    return null;
                });
                batch.forEach(e -> unsaved.poll());
            }
        } finally {
            flushing.unlock();
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
        flushing.lock(); // after a flush under way, which could write the bucket's events once they were deleted
        try {
            unsaved.removeIf(e -> e.bucket().equals(bucket));
            seen.remove(bucket);
            events.deleteByBucket(bucket);
        } finally {
            flushing.unlock();
        }
    }
}
