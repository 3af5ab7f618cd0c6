package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** Account administration through HTTP on the embedded database. */
class H2AccountAdminTest extends AccountAdminContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
