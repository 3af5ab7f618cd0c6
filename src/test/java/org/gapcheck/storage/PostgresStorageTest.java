package org.gapcheck.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.gapcheck.testing.Required;

/**
 * The repositories on PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}
 * (trust authentication), in a schema of this run's own, dropped afterwards. Without the server the
 * cases are skipped, or fail where GAPCHECK_REQUIRE_POSTGRES=1.
 */
class PostgresStorageTest extends StorageContract {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private final String schema = "gapcheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String absence;

    @Override
    Map<String, Object> database() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return StorageConfig.postgres(URL, USER, "", schema);
        } catch (SQLException e) {
            absence = "not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
            return null;
        }
    }

    @Override
    void require() {
        Required.that("PostgreSQL", "GAPCHECK_REQUIRE_POSTGRES", absence == null, absence);
    }

    @Override
    void cleanUp() throws SQLException {
        if (absence != null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, ""); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
