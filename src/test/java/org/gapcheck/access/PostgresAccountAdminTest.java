package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** Account administration through HTTP on PostgreSQL, in a schema of its own. */
class PostgresAccountAdminTest extends AccountAdminContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
