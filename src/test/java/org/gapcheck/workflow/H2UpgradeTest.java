package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The upgrade cases through HTTP on the embedded database. */
class H2UpgradeTest extends UpgradeCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
