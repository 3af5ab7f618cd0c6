package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** Assignment in the pages, through HTTP on PostgreSQL. */
class PostgresAssignmentPageTest extends AssignmentPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.postgres();
    }
}
