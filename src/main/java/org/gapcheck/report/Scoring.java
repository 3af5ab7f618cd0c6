package org.gapcheck.report;

import org.gapcheck.text.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.ChallengeLink;
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
 * A 2019 challenge is scored from the criteria that serve it (their {@code @challenges} tags), not
 * from whole recommendations: the weighted credit of its judged criteria, a criterion of a
 * recommendation linked directly to the challenge counting {@code challenge_direct_link_weight}
 * times its weight, one linked as supporting (or not linked) once. Its counts still show the
 * statuses of the linked recommendations.
 */
public final class Scoring {

    private final double minCompleteness;
    private final double directWeight;
    private final Set<String> implementationItems;

    /** The method note every report carries: how chapter and challenge scores are made. */
    public String methodNote() {
        return "Chapter scores are the mean score of the chapter's judged recommendations (MET 100, GAP 0, PARTIAL its weighted"
                + " criterion credit). A 2019 challenge is scored from the criteria that serve it (their challenge tags): the weighted"
                + " credit of its judged criteria, where a criterion of a recommendation linked directly to the challenge counts "
                + Numbers.plain(directWeight) + " times as much as one linked as supporting (the pack's own weighting, thresholds.yaml:"
                + " challenge_direct_link_weight). No score is given where more than " + Numbers.plain(100 - minCompleteness)
                + "% of the applicable items are unreported. Elements (examples the text names) never hold back a recommendation"
                + " whose operative criteria are met, but they count in scores; reservations and criteria ruled out count for nothing.";
    }

    private final double green;
    private final double yellow;
    private final double orange;

    /** @param implementationItems the items of aspect implementation: a criterion reading any of them tests implementation, not policy */
    public Scoring(Thresholds thresholds, Set<String> implementationItems) {
        this.implementationItems = Set.copyOf(implementationItems);
        this.directWeight = required(thresholds, "challenge_direct_link_weight");
        this.minCompleteness = required(thresholds, "report_min_completeness_percent");
        this.green = required(thresholds, "report_rating_green");
        this.yellow = required(thresholds, "report_rating_yellow");
        this.orange = required(thresholds, "report_rating_orange");
    }

    /** The scoring of a pack: its thresholds, and its questionnaire's implementation items. */
    public static Scoring of(org.gapcheck.core.RulePack pack) {
        Set<String> implementation = new java.util.HashSet<>();
        pack.questionnaire().items().stream().filter(i -> i.aspect() == org.gapcheck.questionnaire.Aspect.IMPLEMENTATION)
                .forEach(i -> implementation.add(i.code()));
        return new Scoring(pack.ruleBase().thresholds(), implementation);
    }

    private static double required(Thresholds thresholds, String id) {
        return thresholds.value(id).orElseThrow(() -> new IllegalStateException("thresholds.yaml lacks " + id));
    }

    public GroupSummary summarise(Integer chapter, String id, String title, List<String> recommendations, Map<String, Finding> findings,
                                  List<IndicatorTrend> indicators) {
        Map<Status, Long> counts = zeroCounts();
        double scoreSum = 0;
        int judged = 0;
        Set<String> items = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        Split split = new Split(implementationItems);
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
                split.add(c, c.weight());
                countItems(c, items, answered);
            }
        }
        return figures(chapter, id, title, recommendations, counts, items, answered, judged == 0 ? null : scoreSum / judged, split, indicators,
                "no recommendation could be judged");
    }

    /**
     * The figures of one 2019 challenge: statuses of its linked recommendations, and the score and
     * completeness of the criteria tagged with it, weighted by the grade of their recommendation's link.
     */
    public GroupSummary summariseChallenge(Challenge challenge, Map<String, Finding> findings, List<IndicatorTrend> indicators) {
        return summariseChallenges(List.of(challenge), findings, c -> indicators).get(0);
    }

    /**
     * The figures of every challenge given, in its order, from one pass over the criteria: each
     * criterion adds to the challenges it is tagged with (a pass per challenge read every criterion
     * twelve times, most of the cost of a live preview's scoring).
     */
    public List<GroupSummary> summariseChallenges(List<Challenge> challenges, Map<String, Finding> findings,
                                                  Function<String, List<IndicatorTrend>> indicators) {
        Map<String, ChallengeTally> tallies = new HashMap<>();
        challenges.forEach(c -> tallies.put(c.id(), new ChallengeTally(c)));
        for (Finding f : findings.values()) {
            if (f.status() == Status.NOT_APPLICABLE || f.status() == Status.NOT_ASSESSED) {
                continue;
            }
            for (CriterionResult c : f.criteria()) {
                if (c.challenges() == null || c.status() == Status.NOT_APPLICABLE) {
                    continue;
                }
                for (String id : c.challenges()) {
                    ChallengeTally tally = tallies.get(id);
                    if (tally != null) {
                        tally.add(c);
                    }
                }
            }
        }
        List<GroupSummary> out = new ArrayList<>(challenges.size());
        for (Challenge challenge : challenges) {
            out.add(tallies.get(challenge.id()).summary(findings, indicators.apply(challenge.id())));
        }
        return out;
    }

    /** What the criteria serving one challenge add up to. */
    private final class ChallengeTally {
        private final Challenge challenge;
        private final Set<String> direct = new HashSet<>();
        private final Set<String> items = new LinkedHashSet<>();
        private final Set<String> answered = new LinkedHashSet<>();
        private final Split split = new Split(implementationItems);
        private double weight;
        private double credit;

        ChallengeTally(Challenge challenge) {
            this.challenge = challenge;
            challenge.recommendations().stream().filter(ChallengeLink::direct).forEach(l -> direct.add(l.id()));
        }

        void add(CriterionResult c) {
            double w = c.weight() * (direct.contains(c.recommendation()) ? directWeight : 1);
            split.add(c, w);
            if (c.status().judged()) {
                weight += w;
                credit += w * c.status().credit();
            }
            countItems(c, items, answered);
        }

        GroupSummary summary(Map<String, Finding> findings, List<IndicatorTrend> indicators) {
            List<String> linked = challenge.recommendations().stream().map(ChallengeLink::id).toList();
            Map<Status, Long> counts = zeroCounts();
            linked.forEach(r -> counts.merge(findings.get(r).status(), 1L, Long::sum));
            return figures(null, challenge.id(), challenge.title(), linked, counts, items, answered, weight == 0 ? null : credit / weight,
                    split, indicators, "no criterion serving this challenge could be judged");
        }
    }

    /** Every status at zero, in status order: a group shows each count, the empty ones too. */
    private static Map<Status, Long> zeroCounts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    /** The items a criterion read, and those of them answered: what completeness is made of. */
    private static void countItems(CriterionResult c, Set<String> items, Set<String> answered) {
        for (ItemRead read : c.read()) {
            items.add(read.item());
            if (ItemRead.ANSWERED.equals(read.state())) {
                answered.add(read.item());
            }
        }
    }

    /** Score, completeness and rating from what a group read and judged (score 0-1, or null when nothing was judged). */
    private GroupSummary figures(Integer chapter, String id, String title, List<String> recommendations, Map<Status, Long> counts,
                                 Set<String> items, Set<String> answered, Double score, Split split, List<IndicatorTrend> indicators,
                                 String nothingJudged) {
        Double completeness = items.isEmpty() ? null : round(100.0 * answered.size() / items.size());
        if (items.isEmpty()) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, null, null, null, null,
                    "Nothing here applies to this country's profile.", indicators);
        }
        if (completeness < minCompleteness) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, null, null, completeness, Rating.INSUFFICIENT_DATA,
                    "No score: " + round(100 - completeness) + "% of the applicable items are unreported (more than "
                            + round(100 - minCompleteness) + "% leaves too little to score, as SDG dashboards do).", indicators);
        }
        if (score == null) {
            return new GroupSummary(chapter, id, title, recommendations, counts, null, null, null, completeness, Rating.INSUFFICIENT_DATA,
                    "No score: " + nothingJudged + ".", indicators);
        }
        double rounded = round(100 * score);
        return new GroupSummary(chapter, id, title, recommendations, counts, rounded, split.policy(), split.implementation(), completeness,
                rating(rounded), null, indicators);
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
