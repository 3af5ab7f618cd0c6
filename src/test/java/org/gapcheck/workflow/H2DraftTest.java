package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The draft cases through HTTP on the embedded database. */
class H2DraftTest extends DraftCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
