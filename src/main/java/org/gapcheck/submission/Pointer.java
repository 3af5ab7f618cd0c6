package org.gapcheck.submission;

/** JSON Pointer (RFC 6901) segments. */
final class Pointer {

    private Pointer() {
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static String of(String... segments) {
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            out.append('/').append(escape(s));
        }
        return out.toString();
    }
}
