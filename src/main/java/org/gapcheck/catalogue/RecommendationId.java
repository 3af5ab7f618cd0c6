package org.gapcheck.catalogue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a recommendation id: chapter number and letter(s), as the outcome document writes them, "1(a)". */
public final class RecommendationId {

    public static final Pattern FORMAT = Pattern.compile("([1-9])\\(([a-z]{1,2})\\)");
    private static final Pattern LOOSE = Pattern.compile("\\s*([1-9])\\s*\\(?\\s*([a-zA-Z]{1,2})\\s*\\)?\\s*");

    private RecommendationId() {
    }

    /** Accepts "1(a)", "1a" and "1 (a)" alike (users type all three); anything else is returned unchanged. */
    public static String normalise(String id) {
        Matcher m = LOOSE.matcher(id);
        return m.matches() ? m.group(1) + "(" + m.group(2).toLowerCase(Locale.ROOT) + ")" : id;
    }

    /** The n-th letter sequence of a lettered list: a..z, then aa, bb, ... as UN documents continue. */
    public static String letterAt(int index) {
        char c = (char) ('a' + index % 26);
        return String.valueOf(c).repeat(index / 26 + 1);
    }
}
