package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** The limit on anonymous evaluations on PostgreSQL. */
class PostgresEvaluationLimitTest extends EvaluationLimitContract {

    @Override
    protected Database database() {
        return Database.postgres();
    }
}
