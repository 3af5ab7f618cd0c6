package org.gapcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.gapcheck.storage.StorageConfig;

/**
 * A database of the tests' own, on each of the two Gapcheck keeps its data in: H2 in a fresh
 * directory, or PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}, trust
 * authentication) in a schema of this run's own. {@link #close()} removes it.
 */
public abstract class Database implements AutoCloseable {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    /** The storage properties (StorageConfig), or null where the database cannot be had. */
    public abstract Map<String, Object> properties();

    /** Skips the calling test where the database cannot be had, or fails it where CI requires it. */
    public abstract void require();

    /** What a {@code serve} process is given to keep its data here: its environment... */
    public abstract Map<String, String> processEnvironment();

    /** ...and its arguments. */
    public abstract List<String> processArguments();

    public static Database h2() throws IOException {
        Path dir = Files.createTempDirectory("gapcheck-h2-");
        return new Database() {
            @Override
            public Map<String, Object> properties() {
                return StorageConfig.h2(dir.resolve("data"));
            }

            @Override
            public void require() {
                // H2 is in the jar: nothing to require.
            }

            @Override
            public Map<String, String> processEnvironment() {
                return Map.of();
            }

            @Override
            public List<String> processArguments() {
                return List.of("--data", dir.resolve("data").toString());
            }

            @Override
            public void close() throws IOException {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }

            @Override
            public String toString() {
                return dir.resolve("data").toString();
            }
        };
    }

    /** A schema of this run's own in PostgreSQL's database {@code test}. */
    public static Postgres postgres() {
        return new Postgres("test", "gapcheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** A schema in one of PostgreSQL's databases at 127.0.0.1:5432, as user {@code postgres}; closing drops the schema. */
    public static final class Postgres extends Database {
        private final String database;
        private final String schema;
        private final String url;
        private final String missing;

        public Postgres(String database, String schema) {
            this.database = database;
            this.schema = schema;
            this.url = "jdbc:postgresql://127.0.0.1:5432/" + database;
            DriverManager.setLoginTimeout(5);
            String absence;
            try (Connection ignored = DriverManager.getConnection(url, POSTGRES_USER, "")) {
                absence = null;
            } catch (SQLException e) {
                absence = "not reachable at " + url + " as " + POSTGRES_USER + " (" + e.getMessage() + ")";
            }
            this.missing = absence;
        }

        public String database() {
            return database;
        }

        public String schema() {
            return schema;
        }

        @Override
        public Map<String, Object> properties() {
            return missing != null ? null : StorageConfig.postgres(url, POSTGRES_USER, "", schema);
        }

        @Override
        public void require() {
            Required.that("PostgreSQL", "GAPCHECK_REQUIRE_POSTGRES", missing == null, missing);
        }

        @Override
        public Map<String, String> processEnvironment() {
            // The schema is made first: a connection whose currentSchema does not exist has none.
            try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Map.of(StorageConfig.URL, url + "?currentSchema=" + schema, StorageConfig.USER, POSTGRES_USER,
                    StorageConfig.PASSWORD, "");
        }

        @Override
        public List<String> processArguments() {
            return List.of();
        }

        @Override
        public void close() throws SQLException {
            if (missing == null) {
                try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
                     Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }

        @Override
        public String toString() {
            return "schema " + schema + (database.equals("test") ? "" : " of database " + database);
        }
    }
}
