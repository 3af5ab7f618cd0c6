package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.priorities.Priority;

/**
 * The gap report of one submission. The header (country and region with their names, pack and
 * version, time, the submission's SHA-256) lets anyone reproduce it; then the headline counts and
 * a summary in plain words, the figures per chapter and per 2019 challenge, the priorities (at
 * most five themes) and the full list of actions, the progress since a previous submission when
 * one was given, the State's reservations (apart from gaps), and every finding with its explanation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String country, String countryName, int reportingYear, String region, String regionName, String pack,
                     String packVersion, String evaluatedAt, String submissionSha256, Map<Status, Long> counts, Headline headline,
                     String summary, List<GroupSummary> chapters, List<GroupSummary> challenges, List<Priority> priorities,
                     List<Action> actions, Progress progress, List<ReservationEntry> reservations, String methodNote,
                     List<Finding> findings) {
}
