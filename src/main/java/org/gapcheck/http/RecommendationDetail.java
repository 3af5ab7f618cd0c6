package org.gapcheck.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.gapcheck.catalogue.Catalogue.ChallengeRef;
import org.gapcheck.catalogue.Recommendation;

/** A recommendation as one page shows it: its own fields, then what it connects to. */
record RecommendationDetail(@JsonUnwrapped Recommendation recommendation, List<ChallengeRef> challenges,
                            List<String> regionalRecommendations) {
}
