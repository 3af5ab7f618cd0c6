package org.gapcheck.engine;

/**
 * The status of a criterion or a recommendation. MET, PARTIAL and GAP judge what was reported and
 * are ordered (GAP < PARTIAL < MET); the other three say why there is no judgement, and are never
 * counted as a policy gap.
 */
public enum Status {
    MET,
    PARTIAL,
    GAP,
    /** Its items are unanswered or answered "not known": a reporting gap. */
    NOT_REPORTED,
    /** The country profile rules it out; the finding says why. */
    NOT_APPLICABLE,
    /** Addressed to international bodies, not to a Member State. */
    NOT_ASSESSED;

    /**
     * A criterion's status from its requirements (rules/REVIEW.md, rule 5): MET when @met holds;
     * NOT_REPORTED while an unanswered item leaves @met open, since the full answer could meet it;
     * then PARTIAL or GAP by @partial, or NOT_REPORTED while that is open.
     */
    public static Status of(Tri met, Tri partial) {
        if (met == Tri.TRUE) {
            return MET;
        }
        if (met == Tri.UNKNOWN) {
            return NOT_REPORTED;
        }
        if (partial == Tri.TRUE) {
            return PARTIAL;
        }
        return partial == Tri.FALSE ? GAP : NOT_REPORTED;
    }

    /** Whether this status judges a policy (MET, PARTIAL, GAP). */
    public boolean judged() {
        return this == MET || this == PARTIAL || this == GAP;
    }

    /**
     * The order of the statuses that judge a policy, the one place it is written: GAP 0 &lt;
     * PARTIAL 1 &lt; MET 2; -1 for the statuses that judge nothing, which rank below every judgement.
     */
    public int rank() {
        return switch (this) {
            case MET -> 2;
            case PARTIAL -> 1;
            case GAP -> 0;
            default -> -1;
        };
    }

    /** Credit in the roll-up and the scores: MET 1, PARTIAL 1/2, GAP 0. */
    public double credit() {
        return switch (this) {
            case MET -> 1.0;
            case PARTIAL -> 0.5;
            default -> 0.0;
        };
    }
}
