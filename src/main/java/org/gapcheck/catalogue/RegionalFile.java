package org.gapcheck.catalogue;

import java.util.List;

/** {@code catalogue/regional-2017.yaml}. */
public record RegionalFile(String document, List<RegionalBody> bodies, List<RegionalRecommendation> recommendations) {
}
