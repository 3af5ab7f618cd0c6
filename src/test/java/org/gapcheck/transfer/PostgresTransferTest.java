package org.gapcheck.transfer;

import org.gapcheck.testing.Database;

/** Export and import on PostgreSQL. */
class PostgresTransferTest extends TransferContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
