package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/** The workbook cases through HTTP on the embedded database. */
class H2WorkbookTest extends WorkbookCases {

    @Override
    protected Database database() throws Exception {
        return Database.h2();
    }
}
