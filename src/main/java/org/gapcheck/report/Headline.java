package org.gapcheck.report;

/**
 * The counts a reader sees first, at two levels: criteria at GAP and the recommendations they lie
 * in ("23 specific gaps across 19 recommendations"), criteria partly met and theirs, criteria met,
 * and the judged criteria they are counted among.
 */
public record Headline(int gaps, int gapRecommendations, int partial, int partialRecommendations, int met, int judged,
                       int notReported) {
}
