package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.priorities.Priority;

/**
 * The gap report as the API answers it by default: everything the submission decided (header,
 * counts, summary, chapter and challenge figures, priorities, progress, reservations, the status of
 * every recommendation, the score of those partly met, and the status of every criterion) and nothing that is the same for every submission.
 * Recommendation and criterion texts, titles of chapters and challenges, the names and units of
 * items and indicators, citations and closing steps come by id from the catalogue, the
 * questionnaire and
 * {@code GET /api/criteria}; {@code embed=texts} gives the self-contained {@link Report} instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeanReport(String country, String countryName, int reportingYear, String region, String regionName, String pack,
                         String packVersion, String evaluatedAt, String submissionSha256, Map<Status, Long> counts,
                         Headline headline, String summary, List<GroupSummary> chapters, List<GroupSummary> challenges,
                         List<Priority> priorities, List<Action> actions, Progress progress,
                         List<ReservationEntry> reservations, String methodNote, Map<String, Status> recommendations,
                         Map<String, Double> recommendationScores, Map<String, Status> criteria) {

    /** @param withActions whether to carry the full action list ({@code include=actions}) */
    public static LeanReport of(Report r, boolean withActions) {
        Map<String, Status> recommendations = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Status> criteria = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            recommendations.put(f.recommendation(), f.status());
            if (f.score() != null) {
                scores.put(f.recommendation(), f.score());
            }
            for (CriterionResult c : f.criteria()) {
                criteria.put(c.id(), c.status());
            }
        }
        return new LeanReport(r.country(), r.countryName(), r.reportingYear(), r.region(), r.regionName(), r.pack(), r.packVersion(),
                r.evaluatedAt(), r.submissionSha256(), r.counts(), r.headline(), r.summary(), bare(r.chapters()), bare(r.challenges()), r.priorities(),
                withActions ? r.actions() : null, r.progress() == null ? null : r.progress().withoutTexts(), r.reservations(), r.methodNote(),
                recommendations, scores, criteria);
    }

    private static List<GroupSummary> bare(List<GroupSummary> groups) {
        return groups.stream().map(GroupSummary::withoutTexts).toList();
    }
}
