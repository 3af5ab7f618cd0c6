package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The receipt cases through HTTP on PostgreSQL, in a schema of its own. */
class PostgresReceiptTest extends ReceiptCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
