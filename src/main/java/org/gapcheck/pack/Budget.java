package org.gapcheck.pack;

import java.time.Duration;

/**
 * A wall-clock budget for one piece of work (a validation): the loops that can run long (reading
 * rules, cases, fixtures, answer spaces) call {@link #check()}, which throws {@link Exceeded} once
 * the deadline has passed, so the work stops at its next check rather than running on.
 * Thread-safe: one budget may be checked from several threads.
 */
public final class Budget {

    private static final Budget UNLIMITED = new Budget(null, Long.MAX_VALUE);

    private final Duration limit;
    private final long deadline;

    private Budget(Duration limit, long deadline) {
        this.limit = limit;
        this.deadline = deadline;
    }

    /** A budget of {@code limit} from now. */
    public static Budget of(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a budget cannot be negative: " + limit);
        }
        long nanos = limit.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 2 : limit.toNanos();
        return new Budget(limit, System.nanoTime() + nanos);
    }

    /** No deadline (building the embedded pack, tests). */
    public static Budget unlimited() {
        return UNLIMITED;
    }

    /** The time allowed, or null when unlimited. */
    public Duration limit() {
        return limit;
    }

    public boolean exceeded() {
        return limit != null && System.nanoTime() - deadline >= 0;
    }

    /** Throws {@link Exceeded} when the deadline has passed; cheap enough to call in any loop. */
    public void check() {
        if (exceeded()) {
            throw new Exceeded(this);
        }
    }

    /** The work ran past its budget and stopped. */
    public static final class Exceeded extends RuntimeException {
        public static final String CODE = "limit/time";

        private final transient Budget budget;

        Exceeded(Budget budget) {
            super("stopped after the time budget of " + describe(budget.limit) + " ran out", null, false, false);
            this.budget = budget;
        }

        public Budget budget() {
            return budget;
        }

        /** The problem a report shows: located at the pack, coded {@link #CODE}. */
        public PackProblem problem(String where) {
            return new PackProblem(where, 0, 0, null, CODE, getMessage());
        }
    }

    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
