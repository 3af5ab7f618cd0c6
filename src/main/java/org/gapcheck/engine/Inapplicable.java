package org.gapcheck.engine;

/**
 * An applicability rule's conclusion: the profile rules out a whole recommendation
 * ({@code criterion} null) or one of its criteria, for the reason given.
 */
public final class Inapplicable {

    private final String recommendation;
    private final String criterion;
    private final String reason;
    private final String rule;

    public Inapplicable(String recommendation, String criterion, String reason, String rule) {
        this.recommendation = recommendation;
        this.criterion = criterion;
        this.reason = reason;
        this.rule = rule;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getReason() {
        return reason;
    }

    public String getRule() {
        return rule;
    }

    /** Whether this rules out the given criterion (directly, or through its recommendation). */
    public boolean covers(String criterionId) {
        return criterion == null || criterion.equals(criterionId);
    }
}
