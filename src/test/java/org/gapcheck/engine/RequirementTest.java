package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Source;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final String CHAPTER_1 = "drl/chapter-1.drl";
    private static final RequirementParser PARSER = new RequirementParser(PACK.questionnaire(), PACK.ruleBase().thresholds());

    private static Tri test(String expression, Map<String, Answer> answers) {
        return PARSER.parse(expression).test(answers::get);
    }

    private static Answer token(String item, String value) {
        return new Answer(item, value, null, null, null, null);
    }

    private static Answer number(String item, double value) {
        return new Answer(item, null, value, null, null, null);
    }

    @Test
    void anUnansweredOrNotKnownItemLeavesARequirementOpen() {
        assertEquals(Tri.UNKNOWN, test("DR.NALOXONE_TAKE_HOME == yes", Map.of()));
        assertEquals(Tri.UNKNOWN, test("DR.NALOXONE_TAKE_HOME == yes",
                Map.of("DR.NALOXONE_TAKE_HOME", token("DR.NALOXONE_TAKE_HOME", "not_known"))));
    }

    @Test
    void thresholdsComeFromTheThresholdsFile() {
        Requirement r = PARSER.parse("DR.NSP_SYRINGES_PER_PWID >= threshold(nsp_syringes_per_pwid)");
        assertEquals(Map.of("item", "DR.NSP_SYRINGES_PER_PWID", "operator", ">=", "value", 200L, "threshold", "nsp_syringes_per_pwid"),
                r.machine());
        assertEquals(Tri.TRUE, r.test(Map.of("DR.NSP_SYRINGES_PER_PWID", number("DR.NSP_SYRINGES_PER_PWID", 200))::get));
        assertEquals(Tri.FALSE, r.test(Map.of("DR.NSP_SYRINGES_PER_PWID", number("DR.NSP_SYRINGES_PER_PWID", 199))::get));
    }

    @Test
    void andOrFollowKleeneLogic() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("DR.NALOXONE_TAKE_HOME", token("DR.NALOXONE_TAKE_HOME", "yes"));
        assertEquals(Tri.UNKNOWN, test("DR.NALOXONE_TAKE_HOME == yes and DR.NALOXONE_FIRST_RESPONDERS == yes", answers));
        assertEquals(Tri.TRUE, test("DR.NALOXONE_TAKE_HOME == yes or DR.NALOXONE_FIRST_RESPONDERS == yes", answers));
        answers.put("DR.NALOXONE_FIRST_RESPONDERS", token("DR.NALOXONE_FIRST_RESPONDERS", "no"));
        assertEquals(Tri.FALSE, test("DR.NALOXONE_TAKE_HOME == yes and DR.NALOXONE_FIRST_RESPONDERS == yes", answers));
        assertEquals(Tri.TRUE, test("DR.NALOXONE_FIRST_RESPONDERS in [no, partly] or (DR.NALOXONE_TAKE_HOME == no)", answers));
    }

    @Test
    void aConsideredAnswerMeetsOnlyWhenDocumented() {
        String consider = "DR.OAT_POLICY == yes or (DR.OAT_POLICY == considered and DR.OAT_POLICY documented)";
        assertEquals(Tri.FALSE, test(consider, Map.of("DR.OAT_POLICY", token("DR.OAT_POLICY", "considered"))));
        Answer documented = new Answer("DR.OAT_POLICY", "considered", null, null, new Source("Cabinet decision 12/2023", null, null), null);
        assertEquals(Tri.TRUE, test(consider, Map.of("DR.OAT_POLICY", documented)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        NOPE.ITEM == yes                                   | unknown item 'NOPE.ITEM'
        DR.NALOXONE_TAKE_HOME == maybe                     | cannot be 'maybe'
        DR.NALOXONE_TAKE_HOME >= 3                         | use == or in
        DR.NSP_SYRINGES_PER_PWID >= threshold(nowhere)     | unknown threshold 'nowhere'
        DR.NSP_SYRINGES_PER_PWID >= many                   | compare it with a number
        DR.NALOXONE_TAKE_HOME == yes and                   | expected an item code at the end
        (DR.NALOXONE_TAKE_HOME == yes                      | expected ')'
        """)
    void badExpressionsAreRefusedWithTheReason(String expression, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(expression));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /**
     * Criteria read only items of the questionnaire because the loader refuses any other (a check
     * over the loaded pack could never fail). So the refusal is tested, for each requirement a
     * criterion states: the pack does not load, and the problem names the criterion's rule and the item.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        met               | 1(m).naloxone_take_home                   | DR.NALOXONE_TAKE_HOME == yes
        partial           | 1(m).naloxone_take_home                   | DR.NALOXONE_TAKE_HOME == partly
        not_applicable_if | 1(k).prison_medication_assisted_treatment | DR.OAT_POLICY in [no, considered]
        """)
    void aRequirementReadingAnItemOfNoQuestionIsRefusedAtLoad(String key, String criterion, String expression, @TempDir Path dir) {
        String written = "@" + key + "(\"" + expression + "\")";
        PackCopy pack = PackCopy.into(dir).replace(CHAPTER_1, written, "@" + key + "(\"NOPE.ITEM == yes\")");
        List<PackProblem> problems = assertThrows(PackLoadException.class, () -> RulePackLoader.load(pack.root())).problems();
        // Knock-on problems may follow (an applicability rule excluding the refused criterion): this one must be among them.
        int line = pack.lineOf(CHAPTER_1, "rule \"" + criterion + ":");
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(CHAPTER_1) && p.line() == line && criterion.equals(p.entry())
                && p.message().contains("@" + key) && p.message().contains("unknown item 'NOPE.ITEM'")), problems.toString());
    }
}
