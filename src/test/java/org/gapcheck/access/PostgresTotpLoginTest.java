package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** TOTP logins through HTTP on PostgreSQL, in a schema of its own. */
class PostgresTotpLoginTest extends TotpLoginContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
