package org.gapcheck.engine;

/** Three-valued logic (Kleene): a requirement over an unanswered item is neither true nor false. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }
}
