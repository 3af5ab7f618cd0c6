package org.gapcheck.engine;

/** What one criterion concluded for one submission, inserted by the criterion's rule. */
public final class Outcome {

    private final CriterionResult result;

    public Outcome(CriterionResult result) {
        this.result = result;
    }

    public String getRecommendation() {
        return result.recommendation();
    }

    public String getCriterion() {
        return result.id();
    }

    public CriterionResult result() {
        return result;
    }
}
