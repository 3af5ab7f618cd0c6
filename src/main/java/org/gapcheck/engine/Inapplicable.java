package org.gapcheck.engine;

/**
 * An applicability rule's conclusion: the profile rules out a whole recommendation
 * ({@code criterion} null) or one of its criteria, for the reason given.
 */
public record Inapplicable(String recommendation, String criterion, String reason, String rule,
                           org.gapcheck.submission.Reservation reservation) {

    public Inapplicable(String recommendation, String criterion, String reason, String rule) {
        this(recommendation, criterion, reason, rule, null);
    }

    /** Whether this rules out the given criterion (directly, or through its recommendation). */
    public boolean covers(String criterionId) {
        return criterion == null || criterion.equals(criterionId);
    }
}
