package org.gapcheck.storage;

import org.gapcheck.testing.Database;

/**
 * The repositories on PostgreSQL, in a schema of this run's own, dropped afterwards. Without the
 * server the cases are skipped, or fail where GAPCHECK_REQUIRE_POSTGRES=1.
 */
class PostgresStorageTest extends StorageContract {

    @Override
    Database database() {
        return Database.postgres();
    }
}
