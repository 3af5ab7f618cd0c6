package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** Access through HTTP on the embedded database. */
class H2AccessTest extends AccessContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
