package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The receipt cases through HTTP on the embedded database. */
class H2ReceiptTest extends ReceiptCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
