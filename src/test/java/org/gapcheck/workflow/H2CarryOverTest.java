package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The carry-over cases through HTTP on the embedded database. */
class H2CarryOverTest extends CarryOverCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
