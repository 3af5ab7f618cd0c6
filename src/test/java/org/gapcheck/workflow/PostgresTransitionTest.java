package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The transition cases through HTTP on PostgreSQL, in a schema of its own. */
class PostgresTransitionTest extends TransitionCases {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
