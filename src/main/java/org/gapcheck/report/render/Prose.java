package org.gapcheck.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of the pack (a reason, a scope note, the method) split into words and the codes it
 * names (an item, a criterion, a threshold), so that the codes print as small print: the reader's
 * formats keep codes out of running text.
 */
record Prose(List<Part> parts) {

    /** Item codes (DR.OAT_POLICY), criterion ids (1(o).oat_policy) and snake_case ids (challenge_direct_link_weight). */
    private static final Pattern CODE = Pattern.compile(
            "\\b[A-Z]{2,}\\.[A-Z0-9_]+\\b|\\b\\d{1,2}\\([a-z]{1,2}\\)\\.[a-z0-9_]+\\b|\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");

    record Part(String text, boolean code) {
    }

    /** The text in parts, its status codes in words first; null for null. */
    static Prose of(String text) {
        if (text == null) {
            return null;
        }
        String plain = Words.plain(text);
        List<Part> parts = new ArrayList<>();
        Matcher m = CODE.matcher(plain);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new Part(plain.substring(from, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            from = m.end();
        }
        if (from < plain.length()) {
            parts.add(new Part(plain.substring(from), false));
        }
        return new Prose(List.copyOf(parts));
    }

    /** The text as Markdown, its codes in backticks and the rest escaped. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.code() ? "`" + p.text() + "`" : ReportMarkdown.text(p.text())));
        return out.toString();
    }
}
