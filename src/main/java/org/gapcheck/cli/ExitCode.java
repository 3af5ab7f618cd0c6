package org.gapcheck.cli;

/** The exit codes every command keeps; the README lists them. */
public final class ExitCode {
    /** The command did what was asked (and found nothing wrong, where it checks). */
    public static final int OK = 0;
    /** The check ran and found problems (gaps, failing fixtures, an unsound pack). */
    public static final int FOUND_PROBLEMS = 1;
    /** Bad input or usage: unknown option, unreadable file, invalid submission or rule pack. */
    public static final int BAD_INPUT = 2;
    /** A defect in Gapcheck itself; the message says what to report. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
