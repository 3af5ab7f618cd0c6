package org.gapcheck.transfer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditLog;

/**
 * Loads an export into an empty database in one transaction: every line is checked ({@link Rows})
 * and stored with its id, rows of a table in ascending id order, the audit log's hash chain
 * followed as it is read; the header's counts must match what follows; then the identity sequences
 * are moved past the ids and the stored chain is checked again. Any refusal rolls everything back.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class Importer {

    private final Tables tables;
    private final TransactionOperations<Connection> transactions;
    private final SchemaVersion schema;
    private final AuditLog auditLog;
    private final String dialect;

    Importer(Tables tables, TransactionOperations<Connection> transactions, SchemaVersion schema, AuditLog auditLog,
             @Value("${datasources.default.dialect}") String dialect) {
        this.tables = tables;
        this.transactions = transactions;
        this.schema = schema;
        this.auditLog = auditLog;
        this.dialect = dialect;
    }

    /**
     * Loads {@code file}, named {@code name} in refusals; the rows stored, by table.
     *
     * @throws ImportRefused with nothing stored
     */
    public Map<String, Long> load(Path file, String name) throws IOException {
        String version = schema.current();
        try {
            return transactions.executeWrite(status -> {
                refuseUnlessEmpty();
                Map<String, Long> stored = read(file, name, version);
                try {
                    Sequences.moveAll(status.getConnection(), dialect);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot move the identity sequences: " + e.getMessage(), e);
                }
                auditLog.firstBroken().ifPresent(entry -> {
                    throw new ImportRefused(name + ": the audit log's hash chain breaks at entry " + entry.id() + " once stored");
                });
                return stored;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void refuseUnlessEmpty() {
        Map<String, Long> held = tables.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!held.isEmpty()) {
            throw new ImportRefused("the database is not empty (" + held.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")) + "): import only into a new, empty database");
        }
    }

    private Map<String, Long> read(Path file, String name, String schemaVersion) {
        try (InputStream in = Files.newInputStream(file); Lines lines = new Lines(in, Format.LINE_LIMIT)) {
            Rows rows = new Rows(tables, name);
            byte[] first = lines.next();
            if (first == null) {
                throw ImportRefused.at(name, 1, "the file is empty, not a Gapcheck export");
            }
            Format.Header header = rows.header(first, schemaVersion);
            Chain chain = new Chain();
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                Rows.Row row = rows.row(line, lines.number());
                if (row.table().name().equals(Tables.AUDIT_LOG)) {
                    chain.follow((AuditEntry) row.value()).ifPresent(reason -> {
                        throw ImportRefused.at(name, lines.number(), reason);
                    });
                }
                try {
                    row.table().insertRow(row.value());
                } catch (RuntimeException e) {
                    throw ImportRefused.at(name, lines.number(), "the database refused the row: " + Rows.firstLine(e));
                }
            }
            return rows.checkCounts(header);
        } catch (Lines.TooLong e) {
            throw ImportRefused.at(name, e.line, "the line is longer than " + Format.LINE_LIMIT + " bytes (16 MiB)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The audit log's hash chain, followed entry by entry as the file gives them. */
    private static final class Chain {
        private String previous = AuditEntry.FIRST;

        java.util.Optional<String> follow(AuditEntry entry) {
            if (!entry.previousHash().equals(previous)) {
                return java.util.Optional.of("audit entry " + entry.id() + " does not follow the one before it (previous_hash "
                        + entry.previousHash() + ", expected " + previous + ")");
            }
            if (!entry.hashHolds()) {
                return java.util.Optional.of("audit entry " + entry.id() + ": entry_hash is not the hash of its content");
            }
            previous = entry.entryHash();
            return java.util.Optional.empty();
        }
    }
}
