package org.gapcheck.storage;

import org.gapcheck.testing.Database;

/** The append-only tables on the embedded database. */
class H2AppendOnlyTest extends AppendOnlyCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
