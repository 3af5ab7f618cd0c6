package org.gapcheck.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Content negotiation by an Accept header (RFC 9110, 12.5.1): each format offered gets the quality
 * of the most specific range that matches it; q=0 means "not this". The highest quality wins, ties
 * go to the range listed first, then to the order offered. No Accept header, or an empty one, takes
 * the first format offered.
 */
public final class MediaRanges {

    private record Range(String type, String subtype, double q, int position) {
        int specificity(String t, String s) {
            if (type.equals(t) && subtype.equals(s)) {
                return 3;
            }
            if (type.equals(t) && subtype.equals("*")) {
                return 2;
            }
            return type.equals("*") && subtype.equals("*") ? 1 : 0;
        }
    }

    private MediaRanges() {
    }

    /** The offered format the header prefers; a 406 when it refuses them all. */
    public static <T> T negotiate(String accept, List<T> offered, Function<T, String> mediaType) {
        return choose(accept, offered, mediaType).orElseThrow(() -> new NotAcceptableException(accept,
                offered.stream().map(f -> mediaType.apply(f).split(";")[0]).toList()));
    }

    /** The offered format the header prefers, or empty when it refuses them all. */
    static <T> Optional<T> choose(String accept, List<T> offered, Function<T, String> mediaType) {
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offered.stream().findFirst();
        }
        T best = null;
        double bestQ = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (T format : offered) {
            String[] type = mediaType.apply(format).split(";")[0].split("/");
            Range match = null;
            for (Range r : ranges) {
                int s = r.specificity(type[0], type[1]);
                if (s > 0 && (match == null || s > match.specificity(type[0], type[1]))) {
                    match = r;
                }
            }
            if (match != null && match.q() > 0 && (match.q() > bestQ || (match.q() == bestQ && match.position() < bestPosition))) {
                best = format;
                bestQ = match.q();
                bestPosition = match.position();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            return ranges;
        }
        String[] parts = accept.toLowerCase(Locale.ROOT).split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] params = parts[i].split(";");
            String[] type = params[0].strip().split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int k = 1; k < params.length; k++) {
                String p = params[k].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight accepts nothing rather than everything
                    }
                }
            }
            ranges.add(new Range(type[0], type[1].strip(), q, i));
        }
        return ranges;
    }
}
