package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** Check your answers, submit and the submitted versions, through HTTP on PostgreSQL. */
class PostgresSubmitPageTest extends SubmitPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.postgres();
    }
}
