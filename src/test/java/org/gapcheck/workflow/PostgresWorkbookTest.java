package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The workbook cases through HTTP on the PostgreSQL, in a schema of its own. */
class PostgresWorkbookTest extends WorkbookCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
