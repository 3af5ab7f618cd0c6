package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;

/**
 * What a live preview needs while someone types ({@code view=summary}): the scores, ratings and
 * counts of every chapter and challenge, the status of each recommendation, and the criteria at GAP.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryView(String country, int reportingYear, String packVersion, Map<Status, Long> counts, Headline headline,
                          List<Figures> chapters, List<Figures> challenges, Map<String, Status> recommendations, List<String> gaps) {

    /** A chapter's or challenge's figures without its lists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(Integer chapter, String id, Double score, Double policyScore, Double implementationScore,
                          Double completeness, Rating rating, Map<Status, Long> counts) {

        static List<Figures> of(List<GroupSummary> groups) {
            return groups.stream().map(g -> new Figures(g.chapter(), g.id(), g.score(), g.policyScore(), g.implementationScore(),
                    g.completeness(), g.rating(), g.counts())).toList();
        }
    }

    static SummaryView of(String country, int year, String packVersion, Map<Status, Long> counts, Headline headline,
                          List<GroupSummary> chapters, List<GroupSummary> challenges, List<Finding> findings) {
        Map<String, Status> recommendations = new LinkedHashMap<>();
        List<String> gaps = new java.util.ArrayList<>();
        for (Finding f : findings) {
            recommendations.put(f.recommendation(), f.status());
            f.criteria().stream().filter(c -> c.status() == Status.GAP).map(CriterionResult::id).forEach(gaps::add);
        }
        return new SummaryView(country, year, packVersion, counts, headline, Figures.of(chapters), Figures.of(challenges), recommendations, gaps);
    }
}
