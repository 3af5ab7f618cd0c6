package org.gapcheck.catalogue;

import java.util.List;

/** {@code catalogue/challenges.yaml}. */
public record ChallengesFile(String source, List<Challenge> challenges, List<UnlinkedRecommendation> unlinked) {
}
