package org.gapcheck.storage;

import org.gapcheck.testing.Database;

/** The append-only tables on PostgreSQL. */
class PostgresAppendOnlyTest extends AppendOnlyCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
