package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The delegation's pages through HTTP on the embedded database. */
class H2AppPageTest extends AppPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
