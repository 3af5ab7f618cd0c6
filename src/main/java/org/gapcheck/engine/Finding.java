package org.gapcheck.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The status of one recommendation for one submission, rolled up from its criteria (see
 * {@link RollUp}), with the recommendation's words, the reason where no judgement is made, and
 * every criterion's explanation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String recommendation, int chapter, Status status, String reason, Double score,
                      String text, List<String> challenges, List<CriterionResult> criteria) {
}
