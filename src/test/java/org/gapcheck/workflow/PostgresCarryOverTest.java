package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The carry-over cases through HTTP on the PostgreSQL, in a schema of its own. */
class PostgresCarryOverTest extends CarryOverCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
