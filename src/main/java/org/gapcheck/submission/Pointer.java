package org.gapcheck.submission;

/** JSON Pointer (RFC 6901) segments. */
public final class Pointer {

    private Pointer() {
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    public static String of(String... segments) {
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            out.append('/').append(escape(s));
        }
        return out.toString();
    }
}
