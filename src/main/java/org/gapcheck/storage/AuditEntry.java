package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.gapcheck.text.Sha256;
import java.time.temporal.ChronoUnit;

/**
 * An entry of the append-only audit log: each carries the SHA-256 of the entry before it
 * ({@link #FIRST} for the first) and its own; the database refuses two entries after the same one.
 *
 * @param accountId who acted; null for the system or an anonymous caller
 */
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id, Instant at, @Nullable Long accountId, String action,
                         String subject, @Nullable String detail, String previousHash, String entryHash) {

    /** What the first entry names as the one before it. */
    public static final String FIRST = "0".repeat(64);

    /**
     * The entry that follows the one whose hash is {@code previousHash}, its own hash computed over
     * that and its fields. The time is cut to microseconds, what both databases keep, so the hash
     * can be computed again from the stored entry.
     */
    public static AuditEntry after(String previousHash, Instant at, @Nullable Long accountId, String action, String subject,
                                   @Nullable String detail) {
        Instant kept = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditEntry(null, kept, accountId, action, subject, detail, previousHash,
                hash(previousHash, kept, accountId, action, subject, detail));
    }

    /** Whether {@link #entryHash} is the hash of this entry's content. */
    public boolean hashHolds() {
        return entryHash.equals(hash(previousHash, at, accountId, action, subject, detail));
    }

    private static String hash(String previousHash, Instant at, @Nullable Long accountId, String action, String subject,
                               @Nullable String detail) {
        // Each field length-prefixed, so that no two different entries hash the same text.
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {previousHash, at.toString(), String.valueOf(accountId), action, subject, String.valueOf(detail)}) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        return Sha256.hex(text.toString());
    }
}
