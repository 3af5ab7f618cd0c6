package org.gapcheck.catalogue;

/**
 * A recommendation that addresses a challenge, and in one line why. {@code grade}: {@code direct}
 * when the recommendation's measures act on the situation the challenge names, {@code supporting}
 * when they help only by way of another one; a challenge's score weighs direct links more
 * (thresholds.yaml, challenge_direct_link_weight).
 */
public record ChallengeLink(String id, String reason, String grade) {

    public static final String DIRECT = "direct";
    public static final String SUPPORTING = "supporting";

    public boolean direct() {
        return DIRECT.equals(grade);
    }
}
