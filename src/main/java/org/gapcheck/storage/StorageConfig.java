package org.gapcheck.storage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration that gives an application context its database; a context started without it
 * (the CLI's commands, {@code serve} until it keeps submissions, the HTTP tests) has no datasource,
 * runs no migration and opens no file.
 *
 * <p>With {@code GAPCHECK_DB_URL} in the environment (a {@code jdbc:postgresql:} URL, with
 * {@code GAPCHECK_DB_USER} and {@code GAPCHECK_DB_PASSWORD}) the data is kept in PostgreSQL;
 * without it, in an embedded H2 database file, {@code gapcheck.mv.db} under the data directory
 * ({@link #DEFAULT_DATA_DIR} by default), created on first start. H2 writes each commit before it
 * returns ({@code WRITE_DELAY=0}). Flyway brings the schema up to date when the datasource opens,
 * from {@code db/migration/h2} or {@code db/migration/postgres}.
 */
public final class StorageConfig {

    /** Where the embedded database is kept when no directory is given, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("gapcheck-data");

    public static final String URL = "GAPCHECK_DB_URL";
    public static final String USER = "GAPCHECK_DB_USER";
    public static final String PASSWORD = "GAPCHECK_DB_PASSWORD";
    /** Connections in the pool; micronaut.executors.database has as many threads. */
    public static final int POOL_SIZE = 10;

    private StorageConfig() {
    }

    /** The properties for {@code environment} ({@code System.getenv()}), the data directory used for H2 only. */
    public static Map<String, Object> of(Map<String, String> environment, Path dataDir) {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            return h2(dataDir);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE), not " + url);
        }
        return postgres(url, environment.getOrDefault(USER, ""), environment.getOrDefault(PASSWORD, ""), null);
    }

    /** The embedded database under {@code dataDir}. */
    public static Map<String, Object> h2(Path dataDir) {
        // DATABASE_TO_LOWER: unquoted names in the migrations fold to lower case, as in PostgreSQL,
        // and so match the quoted lower-case names Micronaut Data writes. DB_CLOSE_ON_EXIT=FALSE: the
        // context closes the database (with its pool) after its last writes, not H2's own hook racing it.
        String file = dataDir.toAbsolutePath().normalize().resolve("gapcheck").toString().replace('\\', '/');
        return datasource("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE", "org.h2.Driver", "H2", "sa", "",
                "classpath:db/migration/h2", null);
    }

    /**
     * PostgreSQL at {@code url}; with a {@code schema}, the data is kept in that schema, which
     * Flyway creates when missing (the tests use one schema per run).
     */
    public static Map<String, Object> postgres(String url, String user, String password, String schema) {
        String inSchema = schema == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return datasource(inSchema, "org.postgresql.Driver", "POSTGRES", user, password, "classpath:db/migration/postgres", schema);
    }

    private static Map<String, Object> datasource(String url, String driver, String dialect, String user, String password,
                                                  String migrations, String schema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.driver-class-name", driver);
        properties.put("datasources.default.dialect", dialect);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", Objects.requireNonNullElse(password, ""));
        // As many connections as the database executor has threads (application.yml).
        properties.put("datasources.default.maximum-pool-size", POOL_SIZE);
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("flyway.datasources.default.locations", migrations);
        if (schema != null) {
            properties.put("flyway.datasources.default.default-schema", schema);
            properties.put("flyway.datasources.default.schemas", schema);
        }
        return properties;
    }
}
