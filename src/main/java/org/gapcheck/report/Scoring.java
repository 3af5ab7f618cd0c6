package org.gapcheck.report;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Thresholds;

/**
 * The scoring model of the gap report, for a chapter or a 2019 challenge:
 * <ul>
 *   <li><b>score</b> (0-100): the mean score of its judged recommendations (MET 1, GAP 0, PARTIAL
 *       its weighted criterion credit), times 100. NOT_REPORTED, NOT_APPLICABLE and NOT_ASSESSED
 *       recommendations do not count, for or against.</li>
 *   <li><b>completeness</b> (0-100): the share of the items read by its applicable criteria that
 *       the submission answered (not left out, not "not known"). Kept apart from the score.</li>
 *   <li>no score where completeness is below {@code report_min_completeness_percent} (80: more than
 *       20% unreported), as SDG dashboards do; the rating then says insufficient_data.</li>
 *   <li><b>rating</b>: green, yellow, orange or red by the score bands in thresholds.yaml.</li>
 * </ul>
 */
public final class Scoring {

    private final double minCompleteness;
    private final double green;
    private final double yellow;
    private final double orange;

    public Scoring(Thresholds thresholds) {
        this.minCompleteness = required(thresholds, "report_min_completeness_percent");
        this.green = required(thresholds, "report_rating_green");
        this.yellow = required(thresholds, "report_rating_yellow");
        this.orange = required(thresholds, "report_rating_orange");
    }

    private static double required(Thresholds thresholds, String id) {
        return thresholds.value(id).orElseThrow(() -> new IllegalStateException("thresholds.yaml lacks " + id));
    }

    public GroupSummary summarise(Integer chapter, String id, String title, List<String> recommendations, Map<String, Finding> findings,
                                  List<IndicatorTrend> indicators) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        double scoreSum = 0;
        int judged = 0;
        Set<String> items = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        for (String r : recommendations) {
            Finding f = findings.get(r);
            counts.merge(f.status(), 1L, Long::sum);
            if (f.status().judged()) {
                judged++;
                scoreSum += f.score() == null ? f.status().credit() : f.score();
            }
            if (f.status() == Status.NOT_APPLICABLE || f.status() == Status.NOT_ASSESSED) {
                continue;
            }
            for (CriterionResult c : f.criteria()) {
                if (c.status() == Status.NOT_APPLICABLE) {
                    continue;
                }
                for (ItemRead read : c.read()) {
                    items.add(read.item());
                    if (ItemRead.ANSWERED.equals(read.state())) {
                        answered.add(read.item());
                    }
                }
            }
        }
        Double completeness = items.isEmpty() ? null : round(100.0 * answered.size() / items.size());
        if (items.isEmpty()) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, null, null,
                    "Nothing here applies to this country's profile.", indicators);
        }
        if (completeness < minCompleteness) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, completeness, Rating.INSUFFICIENT_DATA,
                    "No score: " + round(100 - completeness) + "% of the applicable items are unreported (more than "
                            + round(100 - minCompleteness) + "% leaves too little to score, as SDG dashboards do).", indicators);
        }
        if (judged == 0) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, completeness, Rating.INSUFFICIENT_DATA,
                    "No score: no recommendation could be judged.", indicators);
        }
        double score = round(100 * scoreSum / judged);
        return new GroupSummary(chapter, id, title, recommendations, counts, score, completeness, rating(score), null, indicators);
    }

    public Rating rating(double score) {
        if (score >= green) {
            return Rating.GREEN;
        }
        if (score >= yellow) {
            return Rating.YELLOW;
        }
        return score >= orange ? Rating.ORANGE : Rating.RED;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
