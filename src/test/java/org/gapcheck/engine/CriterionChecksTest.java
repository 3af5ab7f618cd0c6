package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.validate.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every metadata problem the criterion checks raise, one broken rule each: the problem is located
 * at the rule (its file and line), named by the rule's criterion id, and carries its code.
 */
class CriterionChecksTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final String FILE = "rules/drl/chapter-6.drl";
    private static final int LINE = 21;
    /** A sound criterion of the project's pack, as the DRL reader gives it. */
    private static final DrlRule CRITERION = rule("6(a).ta_provided: the State provided technical assistance", Map.of(
            "recommendation", "6(a)",
            "cites", "Strengthen specialized, targeted, effective and sustainable technical assistance",
            "met", "IC.DRUG_TA_PROVIDED == yes",
            "closes", "Provide drug-related technical assistance.",
            "weight", "3",
            "basis", "text",
            "role", "operative"));
    private static final DrlRule APPLICABILITY = new DrlRule("applicability: no donor", FILE, LINE + 20,
            Map.of("excludes", "6(a)", "reason", "The State gives no assistance."), "Profile",
            List.of("says(\"assistance_provider\", \"no\")"), "outcomes.exclude(kcontext);");

    private static DrlRule rule(String name, Map<String, String> meta) {
        return new DrlRule(name, FILE, LINE, meta, "Answers", List.of(), "outcomes.judge(kcontext);");
    }

    private static DrlRule with(DrlRule base, String key, String value) {
        Map<String, String> meta = new HashMap<>(base.meta());
        if (value == null) {
            meta.remove(key);
        } else {
            meta.put(key, value);
        }
        return new DrlRule(base.name(), base.file(), base.line(), meta, base.pattern(), base.constraints(), base.consequence());
    }

    private static List<PackProblem> problems(List<DrlRule> rules) {
        return assertThrows(PackLoadException.class, () -> CriterionChecks.check(rules, PACK.catalogue(), PACK.questionnaire(),
                PACK.ruleBase().thresholds(), PACK.ruleBase().references(), Budget.unlimited())).problems();
    }

    static Stream<Arguments> brokenCriteria() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "criterion/unknown-recommendation", r -> rule("9(z).imaginary: x", with(r, "recommendation", "9(z)").meta()));
        add(cases, "criterion/international-recommendation", r -> rule("1(r).bodies: x", with(with(r, "recommendation", "1(r)"),
                "cites", "drug problem").meta()));
        add(cases, "criterion/bad-name", r -> rule("ta provided", r.meta()));
        add(cases, "criterion/wrong-recommendation", r -> rule("6(b).ta_provided: x", r.meta()));
        add(cases, "criterion/no-title", r -> rule("6(a).ta_provided", r.meta()));
        add(cases, "criterion/own-conditions", r -> new DrlRule(r.name(), FILE, LINE, r.meta(), "Answers", List.of("x == 1"), r.consequence()));
        add(cases, "criterion/missing-cites", r -> with(r, "cites", null));
        add(cases, "criterion/cites-not-verbatim", r -> with(r, "cites", "words the recommendation does not hold"));
        add(cases, "criterion/missing-closes", r -> with(r, "closes", null));
        add(cases, "criterion/not-applicable-pair", r -> with(r, "not_applicable_if", "IC.DRUG_TA_PROVIDED == no"));
        add(cases, "criterion/missing-met", r -> with(r, "met", null));
        add(cases, "criterion/bad-weight", r -> with(r, "weight", "6"));
        add(cases, "criterion/bad-weight", r -> with(r, "weight", "0"));
        add(cases, "criterion/bad-weight", r -> with(r, "weight", "three"));
        add(cases, "criterion/unknown-challenge", r -> with(r, "challenges", "C01, C99"));
        add(cases, "criterion/unknown-metadata", r -> with(r, "salience", "10"));
        add(cases, "criterion/bad-basis", r -> with(r, "basis", "because"));
        add(cases, "criterion/bad-basis", r -> with(r, "basis", "standard: no_such_standard"));
        add(cases, "criterion/bad-basis", r -> with(r, "basis", "good_practice: GP999"));
        add(cases, "criterion/bad-role", r -> with(r, "role", "decorative"));
        add(cases, "criterion/unknown-qualifier", r -> with(r, "qualifier", "as appropriate"));
        add(cases, "requirement/syntax", r -> with(r, "met", "IC.DRUG_TA_PROVIDED == yes or"));
        add(cases, "requirement/syntax", r -> with(r, "met", "(IC.DRUG_TA_PROVIDED == yes"));
        add(cases, "requirement/syntax", r -> with(r, "met", "IC.DRUG_TA_PROVIDED != yes"));
        add(cases, "requirement/unknown-item", r -> with(r, "met", "IC.NO_SUCH_ITEM == yes"));
        add(cases, "requirement/wrong-value", r -> with(r, "met", "IC.DRUG_TA_PROVIDED == maybe"));
        add(cases, "requirement/wrong-value", r -> with(r, "met", "IC.DRUG_TA_PROVIDED >= 3"));
        add(cases, "requirement/unknown-threshold", r -> with(r, "met", "DR.NSP_SYRINGES_PER_PWID >= threshold(no_such_threshold)"));
        add(cases, "limit/requirement-depth", r -> with(r, "met", "(".repeat(17) + "IC.DRUG_TA_PROVIDED == yes" + ")".repeat(17)));
        add(cases, "limit/requirement-terms", r -> with(r, "partial", String.join(" or ",
                java.util.Collections.nCopies(201, "IC.DRUG_TA_PROVIDED == yes"))));
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String code, UnaryOperator<DrlRule> breakIt) {
        DrlRule broken = breakIt.apply(CRITERION);
        cases.add(Arguments.of(code, broken.meta().toString().length() > 120 ? broken.name() : broken.name() + " " + broken.meta(), broken));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenCriteria")
    void eachMetadataProblemIsLocatedAndCoded(String code, String described, DrlRule broken) {
        assertTrue(ProblemCodes.all().containsKey(code), "the README's code list lacks " + code);
        List<PackProblem> problems = problems(List.of(broken));
        PackProblem p = problems.stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " among " + problems));
        assertEquals(FILE, p.file());
        assertEquals(LINE, p.line());
        assertTrue(p.entry() != null && !p.entry().isBlank(), p.toString());
        assertTrue(p.toString().startsWith(FILE + ":" + LINE + ": error: " + code + ": "), p.toString());
    }

    @Test
    void theSoundRulesPass() {
        CriterionChecks.Checked checked = CriterionChecks.check(List.of(CRITERION, APPLICABILITY), PACK.catalogue(), PACK.questionnaire(),
                PACK.ruleBase().thresholds(), PACK.ruleBase().references(), Budget.unlimited());
        assertEquals(1, checked.criteria().size());
        assertEquals(1, checked.applicability().size());
    }

    @Test
    void twoRulesOfOneNameOrOneCriterionIdAreRefused() {
        assertCode("drl/duplicate-rule", problems(List.of(CRITERION, CRITERION)));
        DrlRule sameId = rule("6(a).ta_provided: said again in other words", CRITERION.meta());
        assertCode("criterion/duplicate-id", problems(List.of(CRITERION, sameId)));
    }

    @Test
    void aRuleMustBeACriterionOrAnApplicabilityRule() {
        assertCode("drl/unknown-rule-kind", problems(List.of(rule("neither", Map.of("reason", "none")))));
    }

    @Test
    void applicabilityProblemsAreLocatedAndCoded() {
        assertCode("applicability/no-targets", problems(List.of(with(APPLICABILITY, "excludes", " "))));
        assertCode("applicability/unknown-recommendation", problems(List.of(with(APPLICABILITY, "excludes", "9(z)"))));
        assertCode("applicability/unknown-criterion", problems(List.of(CRITERION, with(APPLICABILITY, "excludes", "6(a).no_such"))));
        assertCode("applicability/missing-reason", problems(List.of(with(APPLICABILITY, "reason", null))));
        assertCode("applicability/bad-body", problems(List.of(new DrlRule(APPLICABILITY.name(), FILE, LINE + 20, APPLICABILITY.meta(),
                "Answers", List.of(), "outcomes.exclude(kcontext);"))));
    }

    @Test
    void theProjectsRequirementsLieWellInsideTheLimits() throws Exception {
        int deepest = 0;
        int most = 0;
        for (CriterionDef c : PACK.ruleBase().criteria()) {
            for (Requirement r : new Requirement[] {c.met(), c.partial(), c.notApplicableIf()}) {
                if (r != null) {
                    deepest = Math.max(deepest, depth(r.text()));
                    most = Math.max(most, terms(r));
                }
            }
        }
        assertTrue(deepest * 4 <= org.gapcheck.pack.Limits.MAX_REQUIREMENT_DEPTH, "deepest requirement: " + deepest);
        assertTrue(most * 10 <= org.gapcheck.pack.Limits.MAX_REQUIREMENT_TERMS, "most comparisons: " + most);
        try (Stream<Path> drl = Files.list(Path.of("rules/drl"))) {
            for (Path file : drl.toList()) {
                assertEquals(null, DrlReader.precheck(file.toString(), Files.readString(file)), file.toString());
            }
        }
    }

    private static int depth(String text) {
        int depth = 0;
        int max = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.max(max, depth);
        }
        return max;
    }

    private static int terms(Requirement r) {
        return r instanceof Requirement.Group g ? g.parts().stream().mapToInt(CriterionChecksTest::terms).sum() : 1;
    }

    private static void assertCode(String code, List<PackProblem> problems) {
        assertTrue(ProblemCodes.all().containsKey(code), "the README's code list lacks " + code);
        PackProblem p = problems.stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " among " + problems));
        assertEquals(FILE, p.file());
        assertTrue(p.line() >= LINE, p.toString());
    }
}
