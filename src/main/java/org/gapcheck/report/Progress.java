package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What changed since a previous submission of the same country: every answer and indicator that
 * moved, regressions first ({@code movements}); per recommendation, the status changes and the new
 * and closed gaps; and per chapter and challenge the change of score.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(int previousYear, String previousSha256, List<Movement> movements, List<Change> recommendations,
                       List<String> newGaps, List<String> closedGaps, List<ScoreChange> chapters, List<ScoreChange> challenges) {

    /** The same progress with each movement's question and unit left to the questionnaire (the lean report's shape). */
    Progress withoutTexts() {
        List<Movement> bare = movements.stream().map(m -> new Movement(m.kind(), m.item(), null, m.before(), m.after(), null,
                m.criteria().isEmpty() ? null : m.criteria())).toList();
        return new Progress(previousYear, previousSha256, bare, recommendations, newGaps, closedGaps, chapters, challenges);
    }

    public static final String REGRESSED = "regressed";
    public static final String WORSENED = "worsened";
    public static final String INTRODUCED = "introduced";
    public static final String IMPROVED = "improved";
    public static final String CHANGED = "changed";

    /**
     * An answer or a situation indicator that moved. {@code kind}: regressed (a criterion reading it
     * fell), worsened (a figure moved the wrong way), introduced (a measure absent or "no" before is
     * in place), improved, or changed (no direction); {@code criteria}: those whose status moved with it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Movement(String kind, String item, String question, String before, String after, String unit,
                           List<CriterionChange> criteria) {
    }

    /** A criterion's status then and now. */
    public record CriterionChange(String criterion, String before, String after) {
    }

    /** A recommendation whose status changed. {@code change}: improved, regressed, newly_reported, no_longer_reported, other. */
    public record Change(String recommendation, String before, String after, String change) {
    }

    /** A chapter's or challenge's score then and now; {@code change} is improved, regressed, unchanged or not_comparable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreChange(Integer chapter, String id, Double before, Double after, Double delta, String change) {
    }
}
