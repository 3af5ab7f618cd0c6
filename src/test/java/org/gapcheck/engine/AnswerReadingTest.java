package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the engine reads answers under the reading rules of rules/REVIEW.md: a year threshold counts
 * back from the reporting year; "never" is a gap; "not known" leaving MET open is not reported; an
 * answer that makes a criterion impossible rules it out, with the pack's reason.
 */
class AnswerReadingTest {

    private static final String DRL = "drl/chapter-1.drl";
    private static final String SURVEY = "1(h).population_survey";
    private static final String PROGRAMME = "1(a).youth_prevention_programme";

    @TempDir
    static Path dir;
    static RulePack pack;

    @BeforeAll
    static void pack() {
        // The pack's survey threshold counts five years back from the reporting year (thresholds.yaml).
        PackCopy copy = PackCopy.into(dir.resolve("rules"))
                .replace(DRL, "@met(\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME == yes\")",
                        "@met(\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME == yes and DR.PREVENTION_BUDGET_LINE == yes\")")
                .replace(DRL, "@partial(\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME == partly\")",
                        "@partial(\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME in [yes, partly]\")\n"
                                + "    @not_applicable_if(\"DR.PREVENTION_CAMPAIGN_ONLINE == no\")\n"
                                + "    @not_applicable_reason(\"Set by this test: no campaign rules the programme out.\")");
        pack = RulePackLoader.load(copy.root());
    }

    private static Status status(String criterion, int year, String answers) {
        var submission = pack.reader().read(("{\"country\": \"XAA\", \"reporting_year\": " + year
                + ", \"region\": \"latin_american_caribbean\", \"answers\": " + answers + "}").getBytes(StandardCharsets.UTF_8));
        return pack.evaluator().evaluate(submission).stream().flatMap(f -> f.criteria().stream())
                .filter(c -> c.id().equals(criterion)).findFirst().orElseThrow().status();
    }

    @Test
    void aYearThresholdCountsBackFromTheReportingYear() {
        String survey2017 = "{\"DATA.GENERAL_POPULATION_DRUG_SURVEY_YEAR\": 2017}";
        assertEquals(Status.MET, status(SURVEY, 2019, survey2017), "within five years of a 2019 baseline");
        assertEquals(Status.PARTIAL, status(SURVEY, 2024, survey2017), "older than five years in 2024, still since 2016");
    }

    @Test
    void neverIsAGapNotAReportingGap() {
        assertEquals(Status.GAP, status(SURVEY, 2024, "{\"DATA.GENERAL_POPULATION_DRUG_SURVEY_YEAR\": \"never\"}"));
        assertEquals(Status.NOT_REPORTED, status(SURVEY, 2024, "{\"DATA.GENERAL_POPULATION_DRUG_SURVEY_YEAR\": \"not_known\"}"));
    }

    @Test
    void notKnownLeavingMetOpenIsNotReportedEvenWhenPartialHolds() {
        String open = "{\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\", \"DR.PREVENTION_BUDGET_LINE\": \"not_known\"}";
        assertEquals(Status.NOT_REPORTED, status(PROGRAMME, 2024, open));
        String closed = "{\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\", \"DR.PREVENTION_BUDGET_LINE\": \"no\"}";
        assertEquals(Status.PARTIAL, status(PROGRAMME, 2024, closed));
    }

    @Test
    void anAnswerThatMakesACriterionImpossibleRulesItOutWithItsReason() {
        String answers = "{\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"no\", \"DR.PREVENTION_CAMPAIGN_ONLINE\": \"no\"}";
        assertEquals(Status.NOT_APPLICABLE, status(PROGRAMME, 2024, answers));
        var submission = pack.reader().read(("{\"country\": \"XAA\", \"reporting_year\": 2024,"
                + " \"region\": \"latin_american_caribbean\", \"answers\": " + answers + "}").getBytes(StandardCharsets.UTF_8));
        var result = pack.evaluator().evaluate(submission).stream().flatMap(f -> f.criteria().stream())
                .filter(c -> c.id().equals(PROGRAMME)).findFirst().orElseThrow();
        assertTrue(String.valueOf(result).contains("no campaign rules the programme out"), String.valueOf(result));
        assertEquals(Status.GAP, status(PROGRAMME, 2024, "{\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"no\","
                + " \"DR.PREVENTION_CAMPAIGN_ONLINE\": \"yes\", \"DR.PREVENTION_BUDGET_LINE\": \"no\"}"));
    }

    /** One fact, one reading: 2(c) and 5(o) both read the State's use of INCB I2ES, and read each answer alike. */
    @ParameterizedTest
    @ValueSource(strings = {"all_authorizations", "some_authorizations", "registered_not_used", "not_registered", "no_authorizations"})
    void theUseOfI2esReadsTheSameUnderBothRecommendations(String answer) {
        String answers = "{\"MED.I2ES_USE\": \"" + answer + "\"}";
        assertEquals(status("2(c).i2es_use", 2024, answers), status("5(o).i2es_use", 2024, answers), answer);
    }

    /** Without two comparable surveys no trend exists to judge: the missing surveys are scored once, by the monitoring criterion. */
    @Test
    void noComparableSurveyRulesTheTrendOutInsteadOfMakingAGap() {
        String trend = "3(d).cultivation_reduced";
        assertEquals(Status.GAP, status(trend, 2024, "{\"SR.ILLICIT_CULTIVATION_AREA_TREND\": \"increased\"}"), "the criterion applies here");
        assertEquals(Status.NOT_APPLICABLE, status(trend, 2024, "{\"SR.ILLICIT_CULTIVATION_AREA_TREND\": \"no_comparable_survey\"}"));
    }
}
