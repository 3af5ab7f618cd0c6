package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The upgrade cases through HTTP on PostgreSQL. */
class PostgresUpgradeTest extends UpgradeCases {

    @Override
    protected Database database() throws Exception {
        return Database.postgres();
    }
}
