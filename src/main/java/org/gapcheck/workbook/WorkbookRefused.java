package org.gapcheck.workbook;

/** An upload refused whole, and why: not a workbook, another country's or questionnaire's, or past a limit. Nothing is saved. */
public final class WorkbookRefused extends RuntimeException {

    public WorkbookRefused(String reason) {
        super(reason, null, false, false);
    }
}
