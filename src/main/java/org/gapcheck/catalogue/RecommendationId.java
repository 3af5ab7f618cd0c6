package org.gapcheck.catalogue;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a recommendation id: chapter number and letter(s), as the outcome document writes them, "1(a)". */
public final class RecommendationId {

    public static final Pattern FORMAT = Pattern.compile("([1-9])\\(([a-z]{1,2})\\)");
    private static final Pattern LOOSE = Pattern.compile("\\s*([1-9])\\s*\\(?\\s*([a-zA-Z]{1,2})\\s*\\)?\\s*");

    /**
     * Recommendation ids, and criterion ids that start with one ("1(aa).name"), in the order the
     * outcome document lists them: by chapter, then a to z before aa, bb and on (the letters'
     * length, then the letters), then whatever follows the id, as text. Ids of another shape come
     * after all of these, as text.
     */
    public static final Comparator<String> ORDER = RecommendationId::compare;

    private RecommendationId() {
    }

    private static int compare(String a, String b) {
        Matcher x = FORMAT.matcher(a);
        Matcher y = FORMAT.matcher(b);
        boolean xid = x.lookingAt();
        boolean yid = y.lookingAt();
        if (!xid || !yid) {
            return xid != yid ? (xid ? -1 : 1) : a.compareTo(b);
        }
        int chapter = x.group(1).compareTo(y.group(1));
        if (chapter != 0) {
            return chapter;
        }
        int length = Integer.compare(x.group(2).length(), y.group(2).length());
        if (length != 0) {
            return length;
        }
        int letters = x.group(2).compareTo(y.group(2));
        return letters != 0 ? letters : a.substring(x.end()).compareTo(b.substring(y.end()));
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
