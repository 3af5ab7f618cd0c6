package org.gapcheck.submission;

/** JSON Pointer (RFC 6901) segments. */
public final class Pointer {

    private Pointer() {
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The segment a pointer's escaped segment stands for ({@code ~1} before {@code ~0}, as RFC 6901 says). */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    public static String of(String... segments) {
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            out.append('/').append(escape(s));
        }
        return out.toString();
    }
}
