package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Recommendation;

/**
 * The one rule by which a recommendation's status follows from its criteria:
 * <ol>
 *   <li>NOT_ASSESSED when it is addressed to international bodies;</li>
 *   <li>NOT_APPLICABLE when the profile rules it out, or rules out every criterion;</li>
 *   <li>MET when every applicable operative criterion is MET: the text's obligation is met, and an
 *       unmet element (an example the text names, rules/REVIEW.md rule 3) shows as a finding
 *       beneath it; a criterion the pack has not marked counts as operative;</li>
 *   <li>NOT_REPORTED when the judged criteria (MET, PARTIAL or GAP) carry less than half the
 *       weight of the applicable ones, and the judged operative criteria less than half of theirs:
 *       too little was reported to judge;</li>
 *   <li>otherwise the weighted credit of the judged criteria (MET 1, PARTIAL 1/2, GAP 0), divided by
 *       their weight, is the score: 1 is MET, 0 is GAP, anything between is PARTIAL; except that a
 *       score of 1 with an operative criterion unreported is NOT_REPORTED, since the obligation
 *       itself could not be confirmed.</li>
 * </ol>
 * Unreported criteria never lower the score: a reporting gap is not a policy gap. A better answer
 * never lowers a criterion, so it never lowers the score (monotonicity).
 */
public final class RollUp {

    private RollUp() {
    }

    static Finding finding(Recommendation recommendation, List<CriterionResult> criteria, List<Inapplicable> exclusions,
                           List<String> challenges, Map<String, Integer> order) {
        List<CriterionResult> sorted = new ArrayList<>(criteria);
        sorted.sort(Comparator.comparingInt(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
        String id = recommendation.id();
        int chapter = recommendation.chapter();
        if (!recommendation.forMemberStates()) {
            return new Finding(id, chapter, Status.NOT_ASSESSED, "Addressed to international bodies: "
                    + recommendation.addresseeReason(), null, recommendation.text(), challenges, List.of());
        }
        Inapplicable whole = exclusions.stream().filter(e -> e.criterion() == null).findFirst().orElse(null);
        if (whole != null) {
            return new Finding(id, chapter, Status.NOT_APPLICABLE, whole.reason(), null, recommendation.text(),
                    challenges, sorted.stream().map(c -> c.withStatus(Status.NOT_APPLICABLE, whole.reason())).toList());
        }
        List<CriterionResult> shown = new ArrayList<>();
        for (CriterionResult c : sorted) {
            Inapplicable rule = exclusions.stream().filter(e -> e.covers(c.id())).findFirst().orElse(null);
            shown.add(rule == null ? c : rule.reservation() != null ? c.reserved(rule) : c.withStatus(Status.NOT_APPLICABLE, rule.reason()));
        }
        if (sorted.isEmpty()) {
            return new Finding(id, chapter, Status.NOT_REPORTED, "No criterion of this rule pack encodes this recommendation.",
                    null, recommendation.text(), challenges, List.of());
        }
        boolean[] elements = new boolean[shown.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = shown.get(i).element();
        }
        Tally tally = tally(shown.stream().map(CriterionResult::status).toList(), shown.stream().mapToInt(CriterionResult::weight).toArray(),
                elements);
        Status status = tally.status();
        return switch (status) {
            case NOT_APPLICABLE -> new Finding(id, chapter, status, shown.get(0).explanation(), null, recommendation.text(), challenges, shown);
            case MET -> new Finding(id, chapter, status, null, 1.0, recommendation.text(), challenges, shown);
            case NOT_REPORTED -> new Finding(id, chapter, status, tally.tooLittleReported() ? tooLittle(tally) : OPERATIVE_UNREPORTED,
                    null, recommendation.text(), challenges, shown);
            default -> new Finding(id, chapter, status, null, Math.round(tally.score() * 1000) / 1000.0, recommendation.text(),
                    challenges, shown);
        };
    }

    private static final String OPERATIVE_UNREPORTED = "Everything answered is met, but an operative criterion (the obligation"
            + " the text states) was not reported, so the recommendation cannot be confirmed as met.";

    private static String tooLittle(Tally tally) {
        boolean operative = tally.operativeApplicable() > 0;
        long share = Math.round(100 * (operative ? tally.operativeJudged() / tally.operativeApplicable() : tally.judged() / tally.applicable()));
        return "Too little was reported to judge: the answered " + (operative ? "operative " : "") + "criteria carry " + share
                + "% of the weight; at least 50% is needed.";
    }

    /**
     * The status a recommendation rolls up to from its criteria's statuses (NOT_APPLICABLE for
     * those the profile rules out) and weights: the same rule as {@link #finding}, without the
     * explanations, for what-ifs.
     */
    static Status status(List<Status> statuses, int[] weights, boolean[] elements) {
        return statuses.isEmpty() ? Status.NOT_REPORTED : tally(statuses, weights, elements).status();
    }

    /** @param operativesMet whether at least one operative criterion applies and every applicable one is MET */
    private record Tally(double applicable, double judged, double credit, boolean operativesMet, boolean operativeUnreported,
                         double operativeApplicable, double operativeJudged) {

        /**
         * Judged weight under half the applicable weight, counted over all criteria and, where there
         * are operative ones, over theirs too: either half reported is enough to judge, so unanswered
         * elements never hide a failed obligation.
         */
        boolean tooLittleReported() {
            boolean operativesUnder = operativeApplicable == 0 || operativeJudged * 2 < operativeApplicable;
            return operativesUnder && judged * 2 < applicable;
        }

        double score() {
            return credit / judged;
        }

        /** The rule, written once: {@link #finding} explains it, {@link #status} is it alone (for what-ifs). */
        Status status() {
            if (applicable == 0) {
                return Status.NOT_APPLICABLE;
            }
            if (operativesMet) {
                return Status.MET;
            }
            if (tooLittleReported()) {
                return Status.NOT_REPORTED;
            }
            double score = score();
            if (score >= 1.0 && operativeUnreported) {
                return Status.NOT_REPORTED;
            }
            return score >= 1.0 ? Status.MET : score <= 0.0 ? Status.GAP : Status.PARTIAL;
        }
    }

    private static Tally tally(List<Status> statuses, int[] weights, boolean[] elements) {
        double applicable = 0;
        double judged = 0;
        double credit = 0;
        int operatives = 0;
        boolean operativesMet = true;
        boolean operativeUnreported = false;
        double operativeApplicable = 0;
        double operativeJudged = 0;
        for (int i = 0; i < statuses.size(); i++) {
            Status s = statuses.get(i);
            if (s == Status.NOT_APPLICABLE) {
                continue;
            }
            if (!elements[i]) {
                operatives++;
                operativesMet &= s == Status.MET;
                operativeUnreported |= !s.judged();
                operativeApplicable += weights[i];
                operativeJudged += s.judged() ? weights[i] : 0;
            }
            applicable += weights[i];
            if (s.judged()) {
                judged += weights[i];
                credit += weights[i] * s.credit();
            }
        }
        return new Tally(applicable, judged, credit, operatives > 0 && operativesMet, operativeUnreported, operativeApplicable,
                operativeJudged);
    }
}
