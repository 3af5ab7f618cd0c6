package org.gapcheck.text;

/**
 * Text from an upload made safe to print on one line of a terminal or a log: control characters
 * (C0, DEL, C1), line and paragraph separators and bidirectional overrides are written as escapes,
 * so a newline in an item key cannot start a line that reads like a message of its own.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String s) {
        if (s == null || s.chars().noneMatch(Printable::unsafe)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(unsafe(c) ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
