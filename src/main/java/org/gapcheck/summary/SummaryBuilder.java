package org.gapcheck.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.catalogue.RegionalRecommendation;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.ReportBuilder;
import org.gapcheck.report.Scoring;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.summary.SummaryReport.Cell;

/**
 * Evaluates many submissions and summarises them across countries. Invalid submissions are listed
 * with their errors and left out; nothing stops because one file is bad. The cross-section is the
 * year asked for, or else each country's latest submission; trends use every year given.
 */
public final class SummaryBuilder {

    private static final int TOP = 10;
    private static final int LEAST_REPORTED = 20;

    /** A submission to summarise, under the name the secretariat knows it by (a file name). */
    public record Input(String name, byte[] json) {
    }

    private final RulePack pack;
    private final Regions regions;
    private final SubmissionReader reader;
    private final ReportBuilder reports;
    private final Scoring scoring;

    public SummaryBuilder(RulePack pack) {
        this.pack = pack;
        this.regions = pack.regions();
        this.reader = pack.reader();
        this.reports = new ReportBuilder(pack);
        this.scoring = Scoring.of(pack);
    }

    public SummaryReport build(List<Input> inputs, Integer year, String generatedAt) {
        return summarise(inputs.parallelStream().map(this::evaluate).toList(), year, generatedAt);
    }

    /**
     * The summary of stored versions: each version's stored report where the active pack produced it,
     * else its submission evaluated again, so that every figure is the active pack's; the versions
     * stored in a format this Gapcheck cannot read are listed as invalid.
     */
    public SummaryReport buildStored(List<StoredVersion> versions, List<SummaryReport.Invalid> unreadable, Integer year,
                                     String generatedAt) {
        StoredScores stored = new StoredScores(pack.manifest().version(), this::evaluate, this::answeredIn);
        List<Object> outcomes = new ArrayList<>(unreadable);
        outcomes.addAll(versions.parallelStream().map(stored::score).toList());
        return summarise(outcomes, year, generatedAt);
    }

    private SummaryReport summarise(List<Object> outcomes, Integer year, String generatedAt) {
        List<SummaryReport.Invalid> invalid = new ArrayList<>();
        Map<String, ScoredSubmission> byCountryYear = new LinkedHashMap<>();
        for (Object o : outcomes) {
            if (o instanceof SummaryReport.Invalid bad) {
                invalid.add(bad);
                continue;
            }
            ScoredSubmission e = (ScoredSubmission) o;
            String key = e.submission().country() + "/" + e.submission().reportingYear();
            ScoredSubmission first = byCountryYear.putIfAbsent(key, e);
            if (first != null) {
                invalid.add(new SummaryReport.Invalid(e.name(), List.of(SubmissionError.at("", "duplicate_submission",
                        "a second submission of " + key.replace('/', ' ') + "; " + first.name() + " is used"))));
            }
        }
        List<ScoredSubmission> all = new ArrayList<>(byCountryYear.values());
        List<ScoredSubmission> selection = select(all, year);
        List<SummaryReport.RecommendationRow> recommendations = recommendationRows(selection);
        List<SummaryReport.CountryRow> rows = selection.stream().map(this::row).toList();
        return new SummaryReport(pack.manifest().name(), pack.manifest().version(), generatedAt, year, outcomes.size(),
                all.size(), invalid, rows, recommendations, topGaps(selection), regionSummaries(selection, rows), Trends.of(all),
                coverage(selection));
    }

    private Object evaluate(Input input) {
        try {
            Submission s = reader.read(input.json());
            Evaluator evaluator = pack.evaluator();
            // Statuses and scores only: explanations are what makes an evaluation costly, and a summary shows none.
            Map<String, Finding> findings = ReportBuilder.index(evaluator.findings(s, evaluator.run(s), false));
            Map<String, Status> statuses = new HashMap<>();
            findings.forEach((id, f) -> statuses.put(id, f.status()));
            Set<String> answered = answered(s);
            // The submission itself is kept without its answers: only who, when and where are needed now.
            Submission header = new Submission(s.country(), s.reportingYear(), s.region(), Map.of(), Map.of(), Map.of(), s.reservations());
            return new ScoredSubmission(input.name(), header, statuses, reports.chapters(findings), reports.challenges(findings, s),
                    () -> answered);
        } catch (InvalidSubmissionException e) {
            return new SummaryReport.Invalid(input.name(), e.errors());
        }
    }

    /** The items a submission answers (other than "not known") that some criterion reads: what coverage counts. */
    private Set<String> answered(Submission s) {
        Evaluator evaluator = pack.evaluator();
        Set<String> answered = new HashSet<>();
        s.answers().forEach((item, answer) -> {
            if (!answer.notKnown() && evaluator.read(item)) {
                answered.add(item);
            }
        });
        return Set.copyOf(answered);
    }

    /** The items answered in a stored submission's bytes, read as a posted one is. */
    private Set<String> answeredIn(byte[] json) {
        return answered(reader.read(json));
    }

    /** The year asked for, or each country's latest submission; in country order. */
    private static List<ScoredSubmission> select(List<ScoredSubmission> all, Integer year) {
        Map<String, ScoredSubmission> latest = new TreeMap<>();
        for (ScoredSubmission e : all) {
            if (year != null && e.submission().reportingYear() != year) {
                continue;
            }
            latest.merge(e.submission().country(), e, (a, b) -> a.submission().reportingYear() >= b.submission().reportingYear() ? a : b);
        }
        return List.copyOf(latest.values());
    }

    private SummaryReport.CountryRow row(ScoredSubmission e) {
        Regions.Country c = regions.country(e.submission().country()).orElse(null);
        String group = c == null || "none".equals(c.unGroup()) ? e.submission().region() : c.unGroup();
        return new SummaryReport.CountryRow(e.submission().country(), e.submission().reportingYear(), group,
                c == null ? List.of() : c.honlea(), cells(e.chapters()), cells(e.challenges()), e.submission().reservations().size());
    }

    private static List<Cell> cells(List<GroupSummary> groups) {
        return groups.stream().map(g -> new Cell(key(g), g.score(), g.rating(), g.completeness())).toList();
    }

    private List<SummaryReport.RecommendationRow> recommendationRows(List<ScoredSubmission> selection) {
        List<SummaryReport.RecommendationRow> rows = new ArrayList<>();
        for (Recommendation r : pack.catalogue().recommendations()) {
            Map<Status, Long> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                counts.put(s, 0L);
            }
            selection.forEach(e -> counts.merge(e.statuses().get(r.id()), 1L, Long::sum));
            long responding = counts.get(Status.MET) + counts.get(Status.PARTIAL) + counts.get(Status.GAP);
            long reserved = selection.stream().filter(e -> e.submission().reservations().keySet().stream()
                    .anyMatch(id -> id.startsWith(r.id() + "."))).count();
            rows.add(new SummaryReport.RecommendationRow(r.id(), r.chapter(), counts, responding, share(counts.get(Status.MET), responding),
                    share(counts.get(Status.PARTIAL), responding), share(counts.get(Status.GAP), responding), reserved));
        }
        return rows;
    }

    private List<SummaryReport.TopGap> topGaps(List<ScoredSubmission> members) {
        List<SummaryReport.RecommendationRow> rows = recommendationRows(members);
        List<SummaryReport.RecommendationRow> ranked = rows.stream()
                .filter(r -> r.counts().get(Status.GAP) + r.counts().get(Status.PARTIAL) > 0)
                .sorted(Comparator.comparingLong((SummaryReport.RecommendationRow r) -> -r.counts().get(Status.GAP))
                        .thenComparingLong(r -> -r.counts().get(Status.PARTIAL)))
                .limit(TOP).toList();
        List<SummaryReport.TopGap> out = new ArrayList<>();
        for (SummaryReport.RecommendationRow r : ranked) {
            out.add(new SummaryReport.TopGap(out.size() + 1, r.recommendation(), r.counts().get(Status.GAP),
                    r.counts().get(Status.PARTIAL), r.responding()));
        }
        return out;
    }

    private List<SummaryReport.RegionSummary> regionSummaries(List<ScoredSubmission> selection, List<SummaryReport.CountryRow> countryRows) {
        List<SummaryReport.RegionSummary> out = new ArrayList<>();
        Map<String, SummaryReport.CountryRow> rows = new HashMap<>();
        countryRows.forEach(r -> rows.put(r.country(), r));
        for (Regions.Group g : regions.unGroups()) {
            List<ScoredSubmission> members = selection.stream().filter(e -> g.id().equals(rows.get(e.submission().country()).unGroup())).toList();
            out.add(region("un_group", g, members, rows));
        }
        for (Regions.Group g : regions.honleaRegions()) {
            List<ScoredSubmission> members = selection.stream().filter(e -> rows.get(e.submission().country()).honlea().contains(g.id())).toList();
            out.add(region("honlea", g, members, rows));
        }
        return out;
    }

    private SummaryReport.RegionSummary region(String kind, Regions.Group g, List<ScoredSubmission> members,
                                               Map<String, SummaryReport.CountryRow> rows) {
        List<SummaryReport.TopGap> gaps = topGaps(members);
        Set<String> bodies = new LinkedHashSet<>();
        if (kind.equals("honlea")) {
            bodies.add(g.id());
        } else {
            members.forEach(e -> bodies.addAll(rows.get(e.submission().country()).honlea()));
        }
        Set<String> gapIds = gaps.stream().map(SummaryReport.TopGap::recommendation).collect(Collectors.toSet());
        List<SummaryReport.RegionalLink> links = new ArrayList<>();
        for (RegionalRecommendation r : pack.catalogue().regional().recommendations()) {
            if (bodies.contains(r.body())) {
                r.elaborates().stream().filter(gapIds::contains).findFirst()
                        .ifPresent(id -> links.add(new SummaryReport.RegionalLink(r.id(), id, r.text())));
            }
        }
        return new SummaryReport.RegionSummary(kind, g.id(), g.name(), members.size(), mean(members, ScoredSubmission::chapters),
                mean(members, ScoredSubmission::challenges), gaps, links);
    }

    /** The mean score and completeness per chapter or challenge over the members that have one. */
    private List<Cell> mean(List<ScoredSubmission> members, Function<ScoredSubmission, List<GroupSummary>> groups) {
        List<Cell> out = new ArrayList<>();
        if (members.isEmpty()) {
            return out;
        }
        int n = groups.apply(members.get(0)).size();
        for (int i = 0; i < n; i++) {
            int index = i;
            String id = key(groups.apply(members.get(0)).get(i));
            List<Double> scores = members.stream().map(m -> groups.apply(m).get(index).score()).filter(s -> s != null).toList();
            List<Double> complete = members.stream().map(m -> groups.apply(m).get(index).completeness()).filter(s -> s != null).toList();
            Double score = scores.isEmpty() ? null : round(scores.stream().mapToDouble(d -> d).average().orElse(0));
            out.add(new Cell(id, score, score == null ? null : scoring.rating(score),
                    complete.isEmpty() ? null : round(complete.stream().mapToDouble(d -> d).average().orElse(0))));
        }
        return out;
    }

    private SummaryReport.ReportingCoverage coverage(List<ScoredSubmission> selection) {
        Set<String> reporting = selection.stream().map(e -> e.submission().country()).collect(Collectors.toSet());
        List<String> members = regions.countries().stream().filter(c -> Boolean.TRUE.equals(c.unMember()))
                .map(Regions.Country::code).toList();
        List<String> missing = members.stream().filter(c -> !reporting.contains(c)).toList();
        Map<String, Integer> answered = new HashMap<>();
        for (ScoredSubmission e : selection) {
            e.answered().get().forEach(item -> answered.merge(item, 1, Integer::sum));
        }
        List<SummaryReport.ItemCoverage> items = pack.questionnaire().items().stream()
                .map(i -> new SummaryReport.ItemCoverage(i.code(), selection.isEmpty() ? 0 : round(100.0 * answered.getOrDefault(i.code(), 0) / selection.size())))
                .sorted(Comparator.comparingDouble(SummaryReport.ItemCoverage::reportedShare).thenComparing(SummaryReport.ItemCoverage::item))
                .limit(LEAST_REPORTED).toList();
        return new SummaryReport.ReportingCoverage(members.size(), members.size() - missing.size(), missing, items);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    /** A chapter by its number, a challenge by its id. */
    static String key(GroupSummary g) {
        return g.chapter() != null ? String.valueOf(g.chapter()) : g.id();
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
