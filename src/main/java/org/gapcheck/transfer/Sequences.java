package org.gapcheck.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves each table's identity sequence past the largest id imported, so the next row the service
 * stores does not collide. Micronaut Data has no operation for this: plain, static SQL, one list per
 * database (H2's RESTART takes an expression; PostgreSQL's identity columns own a sequence that
 * pg_get_serial_sequence names). Both are run in the import's transaction.
 */
final class Sequences {

    private static final List<String> H2 = List.of(
            "alter table accounts alter column id restart with (select coalesce(max(id), 0) + 1 from accounts)",
            "alter table account_identities alter column id restart with (select coalesce(max(id), 0) + 1 from account_identities)",
            "alter table api_tokens alter column id restart with (select coalesce(max(id), 0) + 1 from api_tokens)",
            "alter table one_time_links alter column id restart with (select coalesce(max(id), 0) + 1 from one_time_links)",
            "alter table submissions alter column id restart with (select coalesce(max(id), 0) + 1 from submissions)",
            "alter table answer_changes alter column id restart with (select coalesce(max(id), 0) + 1 from answer_changes)",
            "alter table submission_versions alter column id restart with (select coalesce(max(id), 0) + 1 from submission_versions)",
            "alter table section_assignments alter column id restart with (select coalesce(max(id), 0) + 1 from section_assignments)",
            "alter table carry_overs alter column id restart with (select coalesce(max(id), 0) + 1 from carry_overs)",
            "alter table audit_log alter column id restart with (select coalesce(max(id), 0) + 1 from audit_log)");

    private static final List<String> POSTGRES = List.of(
            "select setval(pg_get_serial_sequence('accounts', 'id'), coalesce(max(id), 0) + 1, false) from accounts",
            "select setval(pg_get_serial_sequence('account_identities', 'id'), coalesce(max(id), 0) + 1, false) from account_identities",
            "select setval(pg_get_serial_sequence('api_tokens', 'id'), coalesce(max(id), 0) + 1, false) from api_tokens",
            "select setval(pg_get_serial_sequence('one_time_links', 'id'), coalesce(max(id), 0) + 1, false) from one_time_links",
            "select setval(pg_get_serial_sequence('submissions', 'id'), coalesce(max(id), 0) + 1, false) from submissions",
            "select setval(pg_get_serial_sequence('answer_changes', 'id'), coalesce(max(id), 0) + 1, false) from answer_changes",
            "select setval(pg_get_serial_sequence('submission_versions', 'id'), coalesce(max(id), 0) + 1, false) from submission_versions",
            "select setval(pg_get_serial_sequence('section_assignments', 'id'), coalesce(max(id), 0) + 1, false) from section_assignments",
            "select setval(pg_get_serial_sequence('carry_overs', 'id'), coalesce(max(id), 0) + 1, false) from carry_overs",
            "select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false) from audit_log");

    private Sequences() {
    }

    /** Moves every carried table's sequence, on the database {@code dialect} names (H2 or POSTGRES). */
    static void moveAll(Connection connection, String dialect) throws SQLException {
        for (String sql : "POSTGRES".equals(dialect) ? POSTGRES : H2) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        }
    }
}
