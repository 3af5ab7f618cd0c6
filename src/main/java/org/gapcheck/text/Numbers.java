package org.gapcheck.text;

/** Numbers as people read them: a whole number without ".0". */
public final class Numbers {

    private Numbers() {
    }

    /** "40" for 40.0, "2.5" for 2.5. */
    public static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
