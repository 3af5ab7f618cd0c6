package org.gapcheck.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.core.RulePack;
import org.gapcheck.priorities.Figures;
import org.gapcheck.priorities.Priority;
import org.gapcheck.priorities.PriorityRanker;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.submission.IndicatorSeries;
import org.gapcheck.submission.Submission;

/** Turns the findings of a submission (and optionally of an earlier one) into the gap report. */
public final class ReportBuilder {

    private final RulePack pack;
    private final Scoring scoring;
    private final ActionPlanner planner;
    private final PriorityRanker ranker;
    private final Movements movements;

    public ReportBuilder(RulePack pack) {
        this.pack = pack;
        this.scoring = Scoring.of(pack);
        Map<String, List<String>> challengesByRecommendation = new HashMap<>();
        pack.catalogue().recommendations().forEach(r -> challengesByRecommendation.put(r.id(),
                pack.catalogue().challengesOf(r.id()).stream().map(Catalogue.ChallengeRef::id).toList()));
        this.planner = new ActionPlanner(pack.ruleBase(), pack.evaluator(), challengesByRecommendation);
        this.ranker = new PriorityRanker(pack.themes(), pack.ruleBase(), new Figures(pack.ruleBase()));
        this.movements = new Movements(pack.questionnaire());
    }

    /** One evaluated submission: who, when, what digest, and its findings. */
    public record EvaluatedSubmission(Submission submission, String sha256, List<Finding> findings) {
    }

    public Report build(EvaluatedSubmission current, EvaluatedSubmission previous, String evaluatedAt) {
        return build(current, previous, evaluatedAt, true);
    }

    /**
     * @param withActions whether to plan the full action list (one what-if per group of unmet
     *                    criteria: the costliest part of a report, which the API's default shape leaves out)
     */
    public Report build(EvaluatedSubmission current, EvaluatedSubmission previous, String evaluatedAt, boolean withActions) {
        Map<String, Finding> byId = index(current.findings());
        List<GroupSummary> chapters = chapters(byId);
        List<GroupSummary> challenges = challenges(byId, current.submission());
        Progress progress = previous == null ? null : progress(previous, current, chapters, challenges, byId);
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, current.findings().stream().filter(f -> f.status() == s).count());
        }
        Submission submission = current.submission();
        String countryName = pack.regions().country(submission.country()).map(Regions.Country::name).orElse(null);
        String regionName = pack.questionnaire().regions().stream().filter(r -> r.id().equals(submission.region()))
                .map(org.gapcheck.questionnaire.Region::name).findFirst().orElse(null);
        List<Priority> priorities = ranker.rank(current.findings());
        Headline headline = ExecutiveSummary.headline(current.findings());
        String summary = ExecutiveSummary.paragraph(countryName == null ? submission.country() : countryName, submission.reportingYear(),
                counts, headline, chapters, priorities, progress);
        return new Report(submission.country(), countryName, submission.reportingYear(), submission.region(), regionName,
                pack.manifest().name(), pack.manifest().version(), evaluatedAt, current.sha256(), counts, headline, summary, chapters,
                challenges, priorities, withActions ? planner.plan(submission, current.findings()) : null, progress, reservations(current.findings()),
                scoring.methodNote(), current.findings());
    }

    /**
     * What a live preview needs, and no more: the figures and statuses of unexplained findings
     * (no priorities, actions, progress or texts), which is what makes it cheap.
     */
    public SummaryView summary(Submission submission, List<Finding> findings) {
        Map<String, Finding> byId = index(findings);
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, findings.stream().filter(f -> f.status() == s).count());
        }
        return SummaryView.of(submission.country(), submission.reportingYear(), pack.manifest().version(), counts,
                ExecutiveSummary.headline(findings), chapters(byId), challenges(byId, submission), findings);
    }

    /** The reservations that ruled criteria out, in catalogue order; null when there are none. */
    private List<ReservationEntry> reservations(List<Finding> findings) {
        List<ReservationEntry> out = new ArrayList<>();
        findings.forEach(f -> f.criteria().stream().filter(c -> c.reservation() != null).forEach(c -> out.add(new ReservationEntry(
                c.id(), f.recommendation(), pack.ruleBase().criterionById(c.id()).qualifier(), c.reservation().law(), c.reservation().reason()))));
        return out.isEmpty() ? null : out;
    }

    /** The figures per chapter of one set of findings (by recommendation id). */
    public List<GroupSummary> chapters(Map<String, Finding> byId) {
        List<GroupSummary> out = new ArrayList<>();
        for (Chapter c : pack.catalogue().chapters()) {
            List<String> ids = pack.catalogue().inChapter(c.number()).stream().map(Recommendation::id).toList();
            out.add(scoring.summarise(c.number(), null, c.title(), ids, byId, null));
        }
        return out;
    }

    /** The figures per 2019 challenge of one set of findings, with the submission's indicators. */
    public List<GroupSummary> challenges(Map<String, Finding> byId, Submission submission) {
        return scoring.summariseChallenges(pack.catalogue().challenges(), byId, c -> indicators(c, submission));
    }

    private List<IndicatorTrend> indicators(String challenge, Submission submission) {
        List<IndicatorTrend> out = new ArrayList<>();
        for (Indicator i : pack.questionnaire().indicators()) {
            if (!i.challenges().contains(challenge)) {
                continue;
            }
            // An indicator the State did not report is shown as not reported, not left out.
            IndicatorSeries series = submission.indicators().get(i.code());
            java.util.SortedMap<Integer, Double> values = series == null ? new java.util.TreeMap<>() : series.values();
            out.add(new IndicatorTrend(i.code(), i.name(), i.unit(), values, i.better(), IndicatorTrend.direction(values, i.better())));
        }
        return out;
    }

    private Progress progress(EvaluatedSubmission previous, EvaluatedSubmission current, List<GroupSummary> chapters,
                              List<GroupSummary> challenges, Map<String, Finding> now) {
        Map<String, Finding> then = index(previous.findings());
        List<Progress.Change> changes = new ArrayList<>();
        List<String> newGaps = new ArrayList<>();
        List<String> closedGaps = new ArrayList<>();
        for (Recommendation r : pack.catalogue().recommendations()) {
            Status before = then.get(r.id()).status();
            Status after = now.get(r.id()).status();
            if (before == after) {
                continue;
            }
            changes.add(new Progress.Change(r.id(), before.name(), after.name(), change(before, after)));
            if (isGap(after) && !isGap(before)) {
                newGaps.add(r.id());
            }
            if (isGap(before) && after == Status.MET) {
                closedGaps.add(r.id());
            }
        }
        List<GroupSummary> chaptersThen = chapters(then);
        List<GroupSummary> challengesThen = challenges(then, previous.submission());
        return new Progress(previous.submission().reportingYear(), previous.sha256(), movements.between(previous, current), changes, newGaps, closedGaps,
                scoreChanges(chaptersThen, chapters), scoreChanges(challengesThen, challenges));
    }

    private static List<Progress.ScoreChange> scoreChanges(List<GroupSummary> before, List<GroupSummary> after) {
        List<Progress.ScoreChange> out = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Double b = before.get(i).score();
            Double a = after.get(i).score();
            String change;
            Double delta = null;
            if (a == null || b == null) {
                change = "not_comparable";
            } else {
                delta = Scoring.round(a - b);
                change = delta > 0 ? "improved" : delta < 0 ? "regressed" : "unchanged";
            }
            out.add(new Progress.ScoreChange(after.get(i).chapter(), after.get(i).id(), b, a, delta, change));
        }
        return out;
    }

    private static boolean isGap(Status s) {
        return s == Status.GAP || s == Status.PARTIAL;
    }

    private static String change(Status before, Status after) {
        if (before.judged() && after.judged()) {
            return after.rank() > before.rank() ? "improved" : "regressed";
        }
        if (!before.judged() && after.judged()) {
            return before == Status.NOT_REPORTED ? "newly_reported" : "other";
        }
        return after == Status.NOT_REPORTED ? "no_longer_reported" : "other";
    }

    public static Map<String, Finding> index(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::recommendation, Function.identity()));
    }
}
