package org.gapcheck.catalogue;

import java.util.List;

/** {@code catalogue/recommendations/chapter-N.yaml}. */
public record RecommendationsFile(Integer chapter, List<Recommendation> recommendations) {
}
