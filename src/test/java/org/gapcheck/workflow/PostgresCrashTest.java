package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** Kill -9 after acknowledged saves, on PostgreSQL, in a schema of its own. */
class PostgresCrashTest extends CrashCases {

    @Override
    Database database() {
        return Database.postgres();
    }
}
