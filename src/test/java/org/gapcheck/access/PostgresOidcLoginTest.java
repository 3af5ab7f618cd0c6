package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** The OpenID Connect login through HTTP on PostgreSQL, in a schema of its own. */
class PostgresOidcLoginTest extends OidcLoginContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
