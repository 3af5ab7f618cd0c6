package org.gapcheck.access;

import org.gapcheck.testing.Database;

/** The limit on anonymous evaluations on the embedded database. */
class H2EvaluationLimitTest extends EvaluationLimitContract {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
