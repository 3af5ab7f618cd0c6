package org.gapcheck.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Appends to the audit log's hash chain. Writers (threads or serve processes) take the chain's lock
 * row first and hold it to the end of their transaction, so each follows the last committed entry;
 * previous_hash being unique stays the database's guard against a fork.
 */
@Singleton
@Requires(beans = DataSource.class)
public class AuditLog {

    private static final Pageable PAGE = Pageable.from(0, 500, Sort.of(Sort.Order.asc("id")));

    private final AuditRepository entries;
    private final AuditChainLockRepository lock;

    AuditLog(AuditRepository entries, AuditChainLockRepository lock) {
        this.entries = entries;
        this.lock = lock;
    }

    /**
     * Takes the chain's lock until the caller's transaction ends (what {@link #append} does first).
     * A transaction that will append and locks other rows takes this first, so that all take their
     * locks in one order.
     */
    @Transactional
    public void lockChain() {
        lock.findByIdForUpdate(1).orElseThrow(() -> new IllegalStateException("the audit chain's lock row is missing (migration V6)"));
    }

    /**
     * Records that {@code accountId} (null: the system or an anonymous caller) did {@code action}
     * to {@code subject}, in the caller's transaction (or one of its own): with the chain's lock
     * row held until that transaction ends, the last entry read is the last committed, in every
     * process, and the new entry follows it.
     */
    @Transactional
    public AuditEntry append(@Nullable Long accountId, String action, String subject, @Nullable String detail) {
        lockChain();
        String previous = entries.findFirstOrderByIdDesc().map(AuditEntry::entryHash).orElse(AuditEntry.FIRST);
        return entries.save(AuditEntry.after(previous, Instant.now(), accountId, action, subject, detail));
    }

    /**
     * The first entry, in the log's order, that does not follow the one before it or whose hash
     * is not its content's: empty when the chain holds from the first entry to the last.
     */
    public java.util.Optional<AuditEntry> firstBroken() {
        String previous = AuditEntry.FIRST;
        long after = 0; // a page at a time, so a long log is checked in bounded memory
        for (List<AuditEntry> page = entries.findByIdGreaterThan(after, PAGE); !page.isEmpty();
             page = entries.findByIdGreaterThan(after, PAGE)) {
            for (AuditEntry entry : page) {
                if (!entry.previousHash().equals(previous) || !entry.hashHolds()) {
                    return java.util.Optional.of(entry);
                }
                previous = entry.entryHash();
                after = entry.id();
            }
        }
        return java.util.Optional.empty();
    }
}
