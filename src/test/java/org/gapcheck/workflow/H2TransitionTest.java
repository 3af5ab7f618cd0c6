package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The transition cases through HTTP on the embedded database. */
class H2TransitionTest extends TransitionCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
