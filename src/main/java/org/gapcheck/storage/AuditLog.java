package org.gapcheck.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Appends to the audit log's hash chain. Two writers (threads or serve processes) that read the same
 * last entry both try to follow it; the database takes one (previous_hash is unique) and the other
 * reads the new last entry and tries again.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class AuditLog {

    private static final int ATTEMPTS = 20;
    private static final Pageable PAGE = Pageable.from(0, 500, Sort.of(Sort.Order.asc("id")));

    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    /**
     * Records that {@code accountId} (null: the system or an anonymous caller) did {@code action}
     * to {@code subject}.
     */
    public AuditEntry append(@Nullable Long accountId, String action, String subject, @Nullable String detail) {
        DataAccessException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String previous = entries.findFirstOrderByIdDesc().map(AuditEntry::entryHash).orElse(AuditEntry.FIRST);
            try {
                return entries.save(AuditEntry.after(previous, Instant.now(), accountId, action, subject, detail));
            } catch (DataAccessException e) {
                last = e; // another writer followed the same entry first
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("the audit log stayed contended for " + ATTEMPTS + " attempts", last);
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
