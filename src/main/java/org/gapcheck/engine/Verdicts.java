package org.gapcheck.engine;

/**
 * What the rules of one session concluded, before any explanation is written: for each criterion
 * (by its index in the rule base) whether its met or partial rule fired or, when neither did,
 * whether its requirements are false (a gap) or unknown (not reported); and which applicability
 * rules fired. Cheap to keep for thousands of submissions.
 */
public final class Verdicts {

    static final byte MET = 1;
    static final byte PARTIAL = 2;
    static final byte NOT_MET = 4;
    /** The partial rule fired, but an unanswered item leaves MET open: not reported (rules/REVIEW.md, rule 5). */
    static final byte OPEN = 8;

    private final byte[] criteria;
    private final boolean[] applicability;

    Verdicts(int criteria, int applicability) {
        this.criteria = new byte[criteria];
        this.applicability = new boolean[applicability];
    }

    void mark(int criterion, byte flag) {
        criteria[criterion] |= flag;
    }

    /** Whether the partial rule of the criterion fired and its met rule did not. */
    boolean partialOnly(int criterion) {
        return criteria[criterion] == PARTIAL;
    }

    void leaveOpen(int criterion) {
        criteria[criterion] = OPEN;
    }

    /** Whether neither the met nor the partial rule of the criterion fired. */
    boolean unmatched(int criterion) {
        return criteria[criterion] == 0;
    }

    void fired(int rule) {
        applicability[rule] = true;
    }

    /** The criterion's status: MET over PARTIAL, unless MET was left open; GAP when its requirements are false; otherwise NOT_REPORTED. */
    public Status status(int criterion) {
        byte f = criteria[criterion];
        if ((f & MET) != 0) {
            return Status.MET;
        }
        if ((f & OPEN) != 0) {
            return Status.NOT_REPORTED;
        }
        if ((f & PARTIAL) != 0) {
            return Status.PARTIAL;
        }
        return (f & NOT_MET) != 0 ? Status.GAP : Status.NOT_REPORTED;
    }

    boolean ruledOut(int rule) {
        return applicability[rule];
    }
}
