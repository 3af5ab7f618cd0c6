package org.gapcheck.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What one criterion concluded and why: the items it read with the values found, the requirement
 * in machine-readable form, the outcome, the recommendation words it tests, and for a gap, what
 * would close it. {@code basis} says what the criterion rests on (text, a standard or a good
 * practice) and {@code role} whether it tests the text's operative obligation or an element it
 * names as an example (rules/REVIEW.md); both are absent for criteria the pack has not reviewed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String id, String recommendation, String title, Status status, int weight,
                              String source, String rule, String cites, Map<String, Object> requirement,
                              Map<String, Object> partialRequirement, List<ItemRead> read, String explanation,
                              String closes, List<String> challenges, String basis, String role,
                              org.gapcheck.submission.Reservation reservation) {

    /** The same result with another status and explanation (for criteria the profile rules out). */
    CriterionResult withStatus(Status newStatus, String why) {
        return new CriterionResult(id, recommendation, title, newStatus, weight, source, rule, cites, requirement,
                partialRequirement, read, why, null, challenges, basis, role, null);
    }

    /** Ruled out by the State's reservation under a qualifier: NOT_APPLICABLE, the reservation kept beside it. */
    CriterionResult reserved(Inapplicable exclusion) {
        return new CriterionResult(id, recommendation, title, Status.NOT_APPLICABLE, weight, source, rule, cites, requirement,
                partialRequirement, read, exclusion.reason(), null, challenges, basis, role, exclusion.reservation());
    }

    /** Whether the criterion tests an example the text names rather than its obligation. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean element() {
        return CriterionDef.ELEMENT.equals(role);
    }
}
