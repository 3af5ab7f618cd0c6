package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** The OpenID Connect login through HTTP on the embedded database. */
class H2OidcLoginTest extends OidcLoginContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
