package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** Assignment in the pages, through HTTP on the embedded database. */
class H2AssignmentPageTest extends AssignmentPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
