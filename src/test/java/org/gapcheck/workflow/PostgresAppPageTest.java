package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The delegation's pages through HTTP on PostgreSQL. */
class PostgresAppPageTest extends AppPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.postgres();
    }
}
