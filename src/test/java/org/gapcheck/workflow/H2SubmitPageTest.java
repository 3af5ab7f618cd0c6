package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** Check your answers, submit and the submitted versions, through HTTP on the embedded database. */
class H2SubmitPageTest extends SubmitPageCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
