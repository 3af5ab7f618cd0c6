package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.ChallengeLink;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The scoring thresholds of thresholds.yaml, each exactly at, just below and just above its
 * boundary. Scores and completeness are rounded to one decimal before they are compared, so
 * "just" is 0.1; the figures are read from the pack, so the test follows the file.
 */
class ScoringTest {

    private static final Thresholds THRESHOLDS = RulePackLoader.load(null).ruleBase().thresholds();
    private static final Scoring SCORING = new Scoring(THRESHOLDS, java.util.Set.of());

    private static double threshold(String id) {
        return THRESHOLDS.value(id).orElseThrow();
    }

    @Test
    void eachRatingBeginsAtItsBand() {
        double green = threshold("report_rating_green");
        double yellow = threshold("report_rating_yellow");
        double orange = threshold("report_rating_orange");
        assertEquals(Rating.GREEN, SCORING.rating(100));
        assertEquals(Rating.GREEN, SCORING.rating(green + 0.1));
        assertEquals(Rating.GREEN, SCORING.rating(green));
        assertEquals(Rating.YELLOW, SCORING.rating(green - 0.1));
        assertEquals(Rating.YELLOW, SCORING.rating(yellow + 0.1));
        assertEquals(Rating.YELLOW, SCORING.rating(yellow));
        assertEquals(Rating.ORANGE, SCORING.rating(yellow - 0.1));
        assertEquals(Rating.ORANGE, SCORING.rating(orange + 0.1));
        assertEquals(Rating.ORANGE, SCORING.rating(orange));
        assertEquals(Rating.RED, SCORING.rating(orange - 0.1));
        assertEquals(Rating.RED, SCORING.rating(0));
    }

    /** One MET recommendation whose one criterion reads {@code items} items, of which {@code answered} answered. */
    private static GroupSummary chapterAnswering(int answered, int items) {
        List<ItemRead> read = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            read.add(new ItemRead("X.ITEM_" + i, i < answered ? ItemRead.ANSWERED : ItemRead.NOT_KNOWN, null, null, null));
        }
        Finding f = new Finding("9(a)", 9, Status.MET, null, 1.0, "The text.", List.of(), List.of(criterion("9(a)", Status.MET, 1, read, null)));
        return SCORING.summarise(9, null, "Chapter 9", List.of("9(a)"), Map.of("9(a)", f), List.of());
    }

    private static CriterionResult criterion(String recommendation, Status status, int weight, List<ItemRead> read, List<String> challenges) {
        return new CriterionResult(recommendation + ".c", recommendation, "a criterion", status, weight, null, null, null, null, null,
                read, "why", null, challenges, null, CriterionDef.OPERATIVE, null);
    }

    @Test
    void aScoreIsGivenFromTheMinimumCompletenessUp() {
        assertEquals(80.0, threshold("report_min_completeness_percent"), "the cases below are written for 80%");
        GroupSummary at = chapterAnswering(40, 50);
        assertEquals(80.0, at.completeness());
        assertEquals(100.0, at.score());
        assertEquals(Rating.GREEN, at.rating());
        GroupSummary below = chapterAnswering(799, 1000);
        assertEquals(79.9, below.completeness());
        assertNull(below.score());
        assertEquals(Rating.INSUFFICIENT_DATA, below.rating());
        GroupSummary above = chapterAnswering(801, 1000);
        assertEquals(80.1, above.completeness());
        assertEquals(100.0, above.score());
    }

    @Test
    void aChapterScoreIsTheMeanOfItsJudgedRecommendations() {
        List<ItemRead> read = List.of(new ItemRead("X.ITEM", ItemRead.ANSWERED, "yes", null, null));
        Map<String, Finding> findings = Map.of(
                "9(a)", new Finding("9(a)", 9, Status.MET, null, 1.0, "", List.of(), List.of(criterion("9(a)", Status.MET, 1, read, null))),
                "9(b)", new Finding("9(b)", 9, Status.PARTIAL, null, 0.25, "", List.of(), List.of(criterion("9(b)", Status.PARTIAL, 1, read, null))),
                "9(c)", new Finding("9(c)", 9, Status.NOT_REPORTED, "too little", null, "", List.of(),
                        List.of(criterion("9(c)", Status.NOT_REPORTED, 1, read, null))));
        GroupSummary chapter = SCORING.summarise(9, null, "Chapter 9", List.of("9(a)", "9(b)", "9(c)"), findings, List.of());
        assertEquals(62.5, chapter.score(), "(1 + 0.25) / 2: the unreported recommendation counts for nothing");
        assertEquals(Rating.YELLOW, chapter.rating());
    }

    @Test
    void aDirectLinkCountsTheDirectWeightTimesASupportingOne() {
        double direct = threshold("challenge_direct_link_weight");
        List<ItemRead> read = List.of(new ItemRead("X.ITEM", ItemRead.ANSWERED, "yes", null, null));
        Map<String, Finding> findings = Map.of(
                "9(a)", new Finding("9(a)", 9, Status.MET, null, 1.0, "", List.of("C99"), List.of(criterion("9(a)", Status.MET, 1, read, List.of("C99")))),
                "9(b)", new Finding("9(b)", 9, Status.GAP, null, 0.0, "", List.of("C99"), List.of(criterion("9(b)", Status.GAP, 1, read, List.of("C99")))));
        Challenge challenge = new Challenge("C99", "A challenge", "Its text.", false, "para. 99", null,
                List.of(new ChallengeLink("9(a)", "acts on it", ChallengeLink.DIRECT), new ChallengeLink("9(b)", "helps", ChallengeLink.SUPPORTING)));
        GroupSummary summary = SCORING.summariseChallenge(challenge, findings, List.of());
        assertEquals(Math.round(1000 * direct / (direct + 1)) / 10.0, summary.score());
    }
}
