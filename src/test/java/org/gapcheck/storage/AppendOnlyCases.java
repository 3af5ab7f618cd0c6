package org.gapcheck.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.testing.ServerPerClass;
import org.junit.jupiter.api.Test;

/**
 * The audit log and the save log are append-only in the database itself: a plain SQL UPDATE,
 * DELETE or TRUNCATE, as someone with the database's password would try, is refused.
 */
abstract class AppendOnlyCases extends ServerPerClass {

    private Connection raw() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(server.bean(DataSource.class)).getConnection();
    }

    @Test
    void anAuditEntryCannotBeAlteredNorRemoved() throws SQLException {
        AuditEntry entry = server.bean(AuditLog.class).append(null, "test.entry", "test:append-only", "as written");
        for (String sql : List.of("update audit_log set detail = 'rewritten' where id = " + entry.id(),
                "delete from audit_log where id = " + entry.id(), "truncate table audit_log")) {
            try (Connection connection = raw(); Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertTrue(refused.getMessage().contains("audit_log"), sql + ": " + refused.getMessage());
            }
        }
        AuditEntry kept = server.bean(AuditRepository.class).findAllOrderById().stream()
                .filter(e -> e.id().equals(entry.id())).findFirst().orElseThrow();
        assertEquals("as written", kept.detail());
        assertTrue(kept.hashHolds());
    }

    @Test
    void aSavedChangeCannotBeAlteredNorRemoved() throws SQLException {
        try (Connection connection = raw(); Statement statement = connection.createStatement()) {
            statement.execute("insert into accounts (login, role, country, active, created_at, nomination_reference)"
                    + " values ('append-only-" + getClass().getSimpleName().toLowerCase() + "', 'COORDINATOR', 'XAF', true, current_timestamp, 'NV')");
            statement.execute("insert into submissions (country, reporting_year, state, format_version, questionnaire_version,"
                    + " lock_version, created_at, updated_at) values ('XAF', 2030, 'DRAFT', 1, '0.3.0', 0, current_timestamp, current_timestamp)");
            statement.execute("insert into answer_changes (submission_id, account_id, changed_at, item, after_json) select s.id, a.id,"
                    + " current_timestamp, '/answers/HR.X', '\"yes\"' from submissions s, accounts a where s.reporting_year = 2030"
                    + " and a.login like 'append-only-%'");
            for (String sql : List.of("update answer_changes set after_json = '\"no\"'", "delete from answer_changes")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertTrue(refused.getMessage().contains("answer_changes"), sql + ": " + refused.getMessage());
            }
        }
    }

    @Test
    void writersRacingToAppendKeepOneUnbrokenChain() throws Exception {
        AuditLog log = server.bean(AuditLog.class);
        int before = server.bean(AuditRepository.class).findAllOrderById().size();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<AuditEntry>> appended = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                appended.add(writers.submit(() -> log.append(null, "test.race", "test:race", "entry " + n)));
            }
            for (var entry : appended) {
                entry.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdown();
        }
        assertEquals(before + 80, server.bean(AuditRepository.class).findAllOrderById().size());
        assertEquals(java.util.Optional.empty(), log.firstBroken(), "one chain, no fork");
    }
}
