package org.gapcheck.transfer;

import org.gapcheck.testing.Database;

/** Export and import on the embedded database. */
class H2TransferTest extends TransferContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
