package org.gapcheck.transfer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Writes the carried tables as JSON Lines ({@link Format}): one read-only, repeatable-read
 * transaction, so the counts of the header and the rows that follow are of one moment; rows read a
 * page at a time.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class Exporter {

    private static final TransactionDefinition SNAPSHOT = new TransactionDefinition() {
        @Override
        public Optional<Isolation> getIsolationLevel() {
            return Optional.of(Isolation.REPEATABLE_READ);
        }

        @Override
        public Optional<Boolean> isReadOnly() {
            return Optional.of(true);
        }
    };

    private final Tables tables;
    private final TransactionOperations<Connection> transactions;
    private final SchemaVersion schema;

    Exporter(Tables tables, TransactionOperations<Connection> transactions, SchemaVersion schema) {
        this.tables = tables;
        this.transactions = transactions;
        this.schema = schema;
    }

    /** Writes everything to {@code out}; the rows written (the header not counted). */
    public long export(Writer out) throws IOException {
        String version = schema.current();
        try {
            return transactions.execute(SNAPSHOT, status -> write(out, version));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long write(Writer out, String schemaVersion) {
        try {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            tables.all().forEach(t -> counts.put(t.name(), t.count().getAsLong()));
            out.write(Format.MAPPER.writeValueAsString(new Format.Header(Format.NAME, Format.VERSION,
                    Exporter.class.getPackage().getImplementationVersion(), schemaVersion,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), counts)));
            out.write('\n');
            long total = 0;
            for (Table<?> table : tables.all()) {
                long written = writeRows(out, table);
                if (written != counts.get(table.name())) {
                    throw new IllegalStateException(table.name() + " changed during the export (" + counts.get(table.name())
                            + " rows counted, " + written + " read); nothing was written: run it again");
                }
                total += written;
            }
            out.flush();
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long writeRows(Writer out, Table<?> table) throws IOException {
        long written = 0;
        long after = 0;
        for (List<?> page = table.after(after); !page.isEmpty(); page = table.after(after)) {
            for (Object row : page) {
                out.write(Format.MAPPER.writeValueAsString(new Format.Line(table.name(), row)));
                out.write('\n');
                after = table.idOf(row);
                written++;
            }
        }
        return written;
    }
}
