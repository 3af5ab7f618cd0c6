package org.gapcheck.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Rating;
import org.gapcheck.submission.SubmissionError;

/**
 * The secretariat's cross-country summary: country by chapter and by challenge, per
 * recommendation how many States report each status, the most common gaps overall and per region,
 * trends where a country reported twice, and who and what is missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryReport(String pack, String packVersion, String generatedAt, Integer year, int submissionsRead,
                            int submissionsValid, List<Invalid> invalid, List<CountryRow> countries,
                            List<RecommendationRow> recommendations, List<TopGap> topGaps, List<RegionSummary> regions,
                            Trend trend, ReportingCoverage coverage) {

    /** A submission left out, and why. */
    public record Invalid(String file, List<SubmissionError> errors) {
    }

    /** One State's row of the matrices: a cell per chapter and per challenge, and how many reservations it recorded. */
    public record CountryRow(String country, int year, String unGroup, List<String> honlea, List<Cell> chapters,
                             List<Cell> challenges, int reservations) {
    }

    /** A score (null where there is none), its rating and the reporting completeness. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(String id, Double score, Rating rating, Double completeness) {
    }

    /**
     * How many States report each status for a recommendation, and as shares of the responding
     * States (those whose status judges it: MET, PARTIAL or GAP); {@code reserved}: how many States
     * recorded a reservation on one of its criteria.
     */
    public record RecommendationRow(String recommendation, int chapter, Map<Status, Long> counts, long responding,
                                    Double metShare, Double partialShare, Double gapShare, long reserved) {
    }

    /** A recommendation ranked among the most common gaps (GAP first, then PARTIAL). */
    public record TopGap(int rank, String recommendation, long gap, long partial, long responding) {
    }

    /** The same figures for one region, and the 2017 regional recommendations that speak to its most common gaps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionSummary(String kind, String id, String name, int countries, List<Cell> chapters, List<Cell> challenges,
                                List<TopGap> topGaps, List<RegionalLink> regionalRecommendations) {
    }

    /** A 2017 recommendation of the region's subsidiary body that elaborates one of its most common gaps. */
    public record RegionalLink(String id, String elaborates, String text) {
    }

    /** Change where a country reported for two years: per country, and on average over all such countries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trend(String note, List<CountryTrend> countries, List<Change> chapters, List<Change> challenges) {
    }

    /** One country's change between its first and last year. */
    public record CountryTrend(String country, int from, int to, List<Change> chapters, List<Change> challenges) {
    }

    /** A score before and after; {@code countries} is how many countries the mean is over. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String id, Double before, Double after, Double delta, Integer countries) {
    }

    /** Who did not report, and which items were least reported (data gaps are the twelfth challenge). */
    public record ReportingCoverage(int memberStates, int memberStatesReporting, List<String> memberStatesMissing,
                                    List<ItemCoverage> leastReportedItems) {
    }

    /** One item: the share of submissions that answered it (not left out, not "not known"). */
    public record ItemCoverage(String item, double reportedShare) {
    }
}
