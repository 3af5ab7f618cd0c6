package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Status;

/**
 * The figures of a chapter or a 2019 challenge over its recommendations: counts per status, the
 * score (0-100, null when too little was reported) and beside it the policy and implementation
 * scores (the weighted credit of its judged criteria that read only policy items, and of those
 * that read an implementation item, as FATF keeps technical compliance apart from effectiveness),
 * the reporting completeness kept apart from them, the rating, and for challenges the situation indicators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSummary(Integer chapter, String id, String title, List<String> recommendations, Map<Status, Long> counts,
                           Double score, Double policyScore, Double implementationScore, Double completeness, Rating rating, String note,
                           List<IndicatorTrend> indicators) {

    /** The same figures without what the catalogue and questionnaire hold (title, the recommendation list, indicator names and units). */
    GroupSummary withoutTexts() {
        return new GroupSummary(chapter, id, null, null, counts, score, policyScore, implementationScore, completeness, rating, note,
                indicators == null ? null : indicators.stream().map(i -> new IndicatorTrend(i.code(), null, null, i.values(), null,
                        i.direction())).toList());
    }
}
