package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What changed since a previous submission of the same country: per recommendation, the new and
 * the closed gaps, and per chapter and challenge the change of score.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(int previousYear, String previousSha256, List<Change> recommendations, List<String> newGaps,
                       List<String> closedGaps, List<ScoreChange> chapters, List<ScoreChange> challenges) {

    /** A recommendation whose status changed. {@code change}: improved, regressed, newly_reported, no_longer_reported, other. */
    public record Change(String recommendation, String before, String after, String change) {
    }

    /** A chapter's or challenge's score then and now; {@code change} is improved, regressed, unchanged or not_comparable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreChange(Integer chapter, String id, Double before, Double after, Double delta, String change) {
    }
}
