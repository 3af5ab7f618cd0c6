package org.gapcheck.basis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A criterion's {@code @basis}: {@code text} (the cited words demand it), {@code standard: ID} (an
 * entry of {@code standards.yaml}) or {@code good_practice: ID} (an entry of
 * {@code good-practices.json} whose recommendations include the criterion's).
 *
 * @param ref the standard's or good practice's id; null for {@code text}
 */
public record Basis(Kind kind, String ref) {

    private static final Pattern FORM = Pattern.compile("(text)|(standard|good_practice)\\s*:\\s*([A-Za-z0-9_.-]+)");

    public enum Kind {
        TEXT, STANDARD, GOOD_PRACTICE;

        public String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Parses the metadata value; throws {@link IllegalArgumentException} with the accepted forms. */
    public static Basis parse(String value) {
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("@basis is 'text', 'standard: ID' or 'good_practice: ID', not '" + value + "'");
        }
        return m.group(1) != null ? new Basis(Kind.TEXT, null)
                : new Basis("standard".equals(m.group(2)) ? Kind.STANDARD : Kind.GOOD_PRACTICE, m.group(3));
    }

    @Override
    public String toString() {
        return ref == null ? kind.token() : kind.token() + ": " + ref;
    }
}
