package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The stored summary through HTTP on the embedded database. */
class H2StoredSummaryTest extends StoredSummaryCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
