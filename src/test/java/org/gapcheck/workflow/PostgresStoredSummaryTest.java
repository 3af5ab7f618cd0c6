package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The stored summary through HTTP on PostgreSQL. */
class PostgresStoredSummaryTest extends StoredSummaryCases {

    @Override
    protected Database database() throws Exception {
        return Database.postgres();
    }
}
