package org.gapcheck.testing;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Cases through HTTP against one server per class, on a database of the subclass's kind (one
 * subclass per database): started before the first case, removed after the last; each case is
 * skipped, or fails in CI, where the database cannot be had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerPerClass {

    private Database database;
    protected StoredServer server;

    /** A fresh database of the subclass's kind. */
    protected abstract Database database() throws Exception;

    /** Settings of the server beyond its database. */
    protected Map<String, Object> settings() {
        return Map.of();
    }

    /** Runs once the server is up (not where the database is missing). */
    protected void started() {
    }

    @BeforeAll
    void startServer() throws Exception {
        database = database();
        server = StoredServer.start(database, settings());
        if (server != null) {
            started();
        }
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    @BeforeEach
    void requireDatabase() {
        database.require();
    }
}
