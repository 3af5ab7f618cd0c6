package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A measure that would close one or more unmet criteria: the answers it would change, the
 * recommendations whose status it would raise and the 2019 challenges those serve.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(int rank, List<String> criteria, String closes, Map<String, Object> answers,
                     List<String> recommendationsMoved, List<String> challengesMoved) {
}
