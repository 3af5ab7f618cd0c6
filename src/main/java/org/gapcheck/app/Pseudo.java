package org.gapcheck.app;

import com.ibm.icu.text.MessagePattern;
import java.util.Map;

/**
 * The pseudo-locales the browser tests render every page in, as translators' tools do: {@code en-XA}
 * is English with each letter accented, each message 40% longer and in brackets, so a string that
 * no bundle gave (hard-coded, or glued from pieces) shows as text outside brackets, and a layout
 * that cannot take a longer language overflows; {@code ar-XB} is English laid out right to left,
 * so a page that does not mirror shows. Only the message's own text changes: its arguments, plural
 * selectors and ICU syntax stay as they are. Never offered to people (only {@code ?lang=} or the
 * cookie names them).
 */
final class Pseudo {

    static final String ACCENTED = "en-XA";
    static final String RIGHT_TO_LEFT = "ar-XB";

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(Map.entry('a', 'á'), Map.entry('b', 'ƀ'), Map.entry('c', 'ç'),
            Map.entry('d', 'ð'), Map.entry('e', 'é'), Map.entry('f', 'ƒ'), Map.entry('g', 'ĝ'), Map.entry('h', 'ĥ'), Map.entry('i', 'í'),
            Map.entry('j', 'ĵ'), Map.entry('k', 'ķ'), Map.entry('l', 'ļ'), Map.entry('m', 'ɱ'), Map.entry('n', 'ñ'), Map.entry('o', 'ó'),
            Map.entry('p', 'þ'), Map.entry('r', 'ŕ'), Map.entry('s', 'š'), Map.entry('t', 'ţ'), Map.entry('u', 'ú'), Map.entry('w', 'ŵ'),
            Map.entry('y', 'ý'), Map.entry('z', 'ž'), Map.entry('A', 'Á'), Map.entry('C', 'Ç'), Map.entry('E', 'É'), Map.entry('I', 'Í'),
            Map.entry('O', 'Ó'), Map.entry('U', 'Ú'), Map.entry('N', 'Ñ'), Map.entry('S', 'Š'), Map.entry('Y', 'Ý'), Map.entry('Z', 'Ž'));

    private Pseudo() {
    }

    static boolean is(String language) {
        return ACCENTED.equalsIgnoreCase(language) || RIGHT_TO_LEFT.equalsIgnoreCase(language);
    }

    /** The pattern in {@code language}'s pseudo form: for {@code en-XA} accented, 40% longer and bracketed; else as it is. */
    static String of(String language, String pattern) {
        if (!ACCENTED.equalsIgnoreCase(language)) {
            return pattern;
        }
        MessagePattern parsed = new MessagePattern(pattern);
        StringBuilder out = new StringBuilder(pattern.length() * 2).append('[');
        // Each message (the whole one, and each plural or select case) is padded by 40% of its own letters, so the
        // case shown is as much longer as the whole would be.
        java.util.Deque<int[]> letters = new java.util.ArrayDeque<>();
        int from = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            // An explicit value's number (=0) is a part inside its selector's: nothing of it is left to write.
            int at = Math.max(from, part.getIndex());
            if (i > 0 && literalFollows(parsed.getPartType(i - 1))) {
                letters.peek()[0] += accent(pattern, from, at, out);
            } else {
                out.append(pattern, from, at);
            }
            if (part.getType() == MessagePattern.Part.Type.MSG_LIMIT) {
                int n = letters.pop()[0];
                if (n > 0) {
                    out.append(' ').append("·".repeat((int) Math.ceil(n * 0.4)));
                }
            }
            int limit = Math.max(at, part.getLimit());
            out.append(pattern, at, limit);
            if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                letters.push(new int[1]);
            }
            from = limit;
        }
        return out.append(']').toString();
    }

    /** Whether the characters after a part of this type, up to the next part, are the message's own text. */
    private static boolean literalFollows(MessagePattern.Part.Type type) {
        return type == MessagePattern.Part.Type.MSG_START || type == MessagePattern.Part.Type.ARG_LIMIT
                || type == MessagePattern.Part.Type.SKIP_SYNTAX || type == MessagePattern.Part.Type.INSERT_CHAR
                || type == MessagePattern.Part.Type.REPLACE_NUMBER;
    }

    private static int accent(String pattern, int from, int to, StringBuilder out) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            out.append(ACCENTS.getOrDefault(c, c));
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters;
    }
}
