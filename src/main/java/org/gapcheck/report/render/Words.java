package org.gapcheck.report.render;

import java.util.Locale;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Progress;
import org.gapcheck.report.Rating;
import org.gapcheck.text.Numbers;

/**
 * The words the reader's formats print for the report's codes: statuses, ratings, kinds of
 * movement and scores. A code never reaches running text; each word has a short CSS class beside
 * it, so that colour is never the only signal.
 */
final class Words {

    /** What an absent score shows, with the reason a reader can hover over. */
    static final String NONE = "\u2013";

    private Words() {
    }

    static String status(Status s) {
        return switch (s) {
            case MET -> "Met";
            case PARTIAL -> "Partly met";
            case GAP -> "Gap";
            case NOT_REPORTED -> "Not reported";
            case NOT_APPLICABLE -> "Not applicable";
            case NOT_ASSESSED -> "Not assessed";
        };
    }

    /** A status's word from its name in the report ("PARTIAL"), lower case for mid-sentence use. */
    static String statusInText(String name) {
        return status(Status.valueOf(name)).toLowerCase(Locale.ROOT);
    }

    /** The status's CSS class: short, since every finding and criterion carries one. */
    static String css(Status s) {
        return switch (s) {
            case MET -> "m";
            case PARTIAL -> "p";
            case GAP -> "g";
            case NOT_REPORTED -> "nr";
            case NOT_APPLICABLE -> "na";
            case NOT_ASSESSED -> "nx";
        };
    }

    /** Four colours by score as SDG dashboards show them, each with its word. */
    static String rating(Rating r) {
        if (r == null) {
            return "No rating";
        }
        return switch (r) {
            case GREEN -> "On track";
            case YELLOW -> "Partly on track";
            case ORANGE -> "Off track";
            case RED -> "Far off track";
            case INSUFFICIENT_DATA -> "Insufficient data";
        };
    }

    static String ratingCss(Rating r) {
        if (r == null) {
            return "ri";
        }
        return switch (r) {
            case GREEN -> "rg";
            case YELLOW -> "ry";
            case ORANGE -> "ro";
            case RED -> "rr";
            case INSUFFICIENT_DATA -> "ri";
        };
    }

    /** How a movement since the previous submission reads, as a heading of its line. */
    static String movement(String kind) {
        return switch (kind) {
            case Progress.REGRESSED -> "Went backwards";
            case Progress.WORSENED -> "Got worse";
            case Progress.INTRODUCED -> "Introduced";
            case Progress.IMPROVED -> "Improved";
            default -> "Changed";
        };
    }

    static String movementCss(String kind) {
        return switch (kind) {
            case Progress.REGRESSED, Progress.WORSENED -> "g";
            case Progress.INTRODUCED, Progress.IMPROVED -> "m";
            default -> "nr";
        };
    }

    /** A 0-100 score as people read it ("78.1", "100"), or an en dash. */
    static String score(Double score) {
        return score == null ? NONE : Numbers.plain(score);
    }

    /** A finding's 0-1 score on the chapters' 0-100 scale. */
    static String percentScore(Double share) {
        return share == null ? null : Numbers.plain(Math.round(share * 1000) / 10.0);
    }

    /** A change of score: "up 5.9", "down 0.8", "no change", "not comparable". */
    static String delta(Double delta) {
        if (delta == null) {
            return "not comparable";
        }
        return delta > 0 ? "up " + Numbers.plain(delta) : delta < 0 ? "down " + Numbers.plain(-delta) : "no change";
    }

    private static final java.util.regex.Pattern STATUS_CODE =
            java.util.regex.Pattern.compile("\\b(MET|PARTIAL|GAP|NOT_REPORTED|NOT_APPLICABLE|NOT_ASSESSED)\\b");

    /** A text of the pack with the status codes it names in words: "half of them or more for MET" reads "... for met". */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        return STATUS_CODE.matcher(text).replaceAll(m -> statusInText(m.group(1)));
    }

    /** A chapter's title short enough for a chart's label: up to its first semicolon, then its first clause past 20 characters. */
    static String shortTitle(String title) {
        String s = title.contains(";") ? title.substring(0, title.indexOf(';')) : title;
        int comma = s.indexOf(", ", 20);
        return s.length() > 60 && comma > 0 ? s.substring(0, comma) : s;
    }

    /** An ISO instant as a reader reads it: "7 December 2026, 06:22 UTC"; anything else as it is. */
    static String when(String instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                    .format(java.time.Instant.parse(instant).atZone(java.time.ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return instant;
        }
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The sentence form of a phrase: "a programme is in force" becomes "A programme is in force." */
    static String sentence(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return phrase;
        }
        String s = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return s.endsWith(".") || s.endsWith("?") ? s : s + ".";
    }
}
