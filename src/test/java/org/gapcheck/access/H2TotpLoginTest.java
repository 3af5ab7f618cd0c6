package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** TOTP logins through HTTP on the embedded database. */
class H2TotpLoginTest extends TotpLoginContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
