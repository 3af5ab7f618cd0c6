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

    /** Whether this status judges a policy (MET, PARTIAL, GAP). */
    public boolean judged() {
        return this == MET || this == PARTIAL || this == GAP;
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
