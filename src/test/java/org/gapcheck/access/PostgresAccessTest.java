package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** Access through HTTP on PostgreSQL, in a schema of its own. */
class PostgresAccessTest extends AccessContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
