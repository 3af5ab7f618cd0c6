package org.gapcheck.catalogue;

/** A recommendation that addresses a challenge, and in one line why. */
public record ChallengeLink(String id, String reason) {
}
