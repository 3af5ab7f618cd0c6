package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The draft cases through HTTP on PostgreSQL, in a schema of its own. */
class PostgresDraftTest extends DraftCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
