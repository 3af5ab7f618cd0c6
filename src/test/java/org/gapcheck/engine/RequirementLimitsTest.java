package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.Limits;
import org.gapcheck.pack.PackProblem;
import org.junit.jupiter.api.Test;

/** The budgets of a requirement's nesting and size, and of a DRL file's nesting: refused with a code, never a stack overflow. */
class RequirementLimitsTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final String TERM = "IC.DRUG_TA_PROVIDED == yes";

    private static RequirementParser parser() {
        return new RequirementParser(PACK.questionnaire(), PACK.ruleBase().thresholds());
    }

    private static String nested(int depth) {
        return "(".repeat(depth) + TERM + ")".repeat(depth);
    }

    @Test
    void nestingUpToTheLimitParsesAndOneMoreIsRefused() {
        assertEquals(TERM, parser().parse(nested(Limits.MAX_REQUIREMENT_DEPTH)).text());
        RequirementParser.Invalid e = assertThrows(RequirementParser.Invalid.class,
                () -> parser().parse(nested(Limits.MAX_REQUIREMENT_DEPTH + 1)));
        assertEquals("limit/requirement-depth", e.code());
        assertTrue(e.getMessage().contains(String.valueOf(Limits.MAX_REQUIREMENT_DEPTH)), e.getMessage());
    }

    @Test
    void twentyThousandNestedParenthesesAreRefusedNotOverflowed() {
        RequirementParser.Invalid e = assertThrows(RequirementParser.Invalid.class, () -> parser().parse(nested(20_000)));
        assertEquals("limit/requirement-depth", e.code());
        // Sequential groups are not nesting: the depth comes back down after each.
        String siblings = String.join(" or ", Collections.nCopies(50, nested(Limits.MAX_REQUIREMENT_DEPTH)));
        assertEquals(50, ((Requirement.Group) parser().parse(siblings)).parts().size());
    }

    @Test
    void termsUpToTheLimitParseAndOneMoreIsRefused() {
        assertNotNull(parser().parse(String.join(" or ", Collections.nCopies(Limits.MAX_REQUIREMENT_TERMS, TERM))));
        RequirementParser.Invalid e = assertThrows(RequirementParser.Invalid.class,
                () -> parser().parse(String.join(" or ", Collections.nCopies(Limits.MAX_REQUIREMENT_TERMS + 1, TERM))));
        assertEquals("limit/requirement-terms", e.code());
    }

    @Test
    void twoHundredThousandTermsAreRefusedWellUnderASecond() {
        String huge = String.join(" or ", Collections.nCopies(200_000, TERM));
        assertTrue(huge.length() > 5_000_000);
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            RequirementParser.Invalid e = assertThrows(RequirementParser.Invalid.class, () -> parser().parse(huge));
            assertEquals("limit/requirement-terms", e.code());
            assertTrue(e.getMessage().length() < 300, "the message quotes no megabytes");
        });
    }

    @Test
    void aDrlFileNestedDeeperThanTheLimitIsRefusedAtItsLineAndColumn() {
        String drl = "package org.gapcheck.rules;\n\nrule \"deep\"\nwhen\n    Answers( " + "(".repeat(20_000) + "true"
                + ")".repeat(20_000) + " )\nthen\nend\n";
        PackProblem p = DrlReader.precheck("rules/drl/chapter-1.drl", drl);
        assertNotNull(p);
        assertEquals("limit/drl-depth", p.code());
        assertEquals(5, p.line());
        assertEquals("    Answers( ".length() + Limits.MAX_DRL_DEPTH, p.column());
        DrlReader.Parsed parsed = DrlReader.read("rules/drl/chapter-1.drl", drl);
        assertEquals(1, parsed.problems().size());
        assertEquals("limit/drl-depth", parsed.problems().get(0).code());
    }

    @Test
    void bracketsInStringsAndCommentsAreNotNesting() {
        String deep = "(".repeat(Limits.MAX_DRL_DEPTH + 1);
        String drl = "// " + deep + "\n/* " + deep + " */\nrule \"r\" @met(\"" + deep + "\") @note('" + deep + "')\nwhen\n"
                + "    Answers( " + "(".repeat(Limits.MAX_DRL_DEPTH - 1) + "true" + ")".repeat(Limits.MAX_DRL_DEPTH - 1) + " )\nthen\nend\n";
        assertNull(DrlReader.precheck("x.drl", drl));
        assertNotNull(DrlReader.precheck("x.drl", drl.replace("Answers( ", "Answers( ((")));
    }

    @Test
    void aQuoteLeftOpenCannotHideTheNestingOfTheLinesAfterIt() {
        // Read with strings spanning lines, the brackets below sit inside one; Drools' lexer may pair
        // the quotes otherwise (the fuzzer's finding), so they are counted with strings ending at their line.
        String drl = "rule \"r\" @note(\"left open \\q)\nwhen\n    Profile( " + "(".repeat(Limits.MAX_DRL_DEPTH + 8) + "true"
                + ")".repeat(Limits.MAX_DRL_DEPTH + 8) + " )\nthen\nend\n";
        PackProblem p = DrlReader.precheck("x.drl", drl);
        assertNotNull(p);
        assertEquals("limit/drl-depth", p.code());
        assertEquals(3, p.line());
    }

    @Test
    void aStackOverflowInDroolsParserIsAProblemNotACrash() throws Exception {
        // Within the depth limit, but on a thread with a tiny stack: the parser overflows, and the
        // guard around it reports the file instead of letting the error escape.
        String drl = "package org.gapcheck.rules;\nrule \"r\"\nwhen\n    Answers( " + "(".repeat(Limits.MAX_DRL_DEPTH - 2) + "true"
                + ")".repeat(Limits.MAX_DRL_DEPTH - 2) + " )\nthen\nend\n";
        DrlReader.Parsed[] result = new DrlReader.Parsed[1];
        Throwable[] escaped = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                result[0] = DrlReader.read("x.drl", drl);
            } catch (Throwable t) {
                escaped[0] = t;
            }
        }, "small-stack", 96 * 1024);
        small.start();
        small.join();
        assertNull(escaped[0], () -> "escaped: " + escaped[0]);
        assertEquals("limit/drl-stack", result[0].problems().get(0).code());
    }

    @Test
    void nestedInlineListsAreRefusedBeforeDroolsBacktracksOnThem() {
        String ok = "rule \"r\"\nwhen\n    Profile( x == [[[ y ]]] )\nthen\nend\n";
        assertNull(DrlReader.precheck("x.drl", ok));
        String deep = "rule \"r\"\nwhen\n    Profile( x == " + "[".repeat(40) + " )\nthen\nend\n";
        long start = System.nanoTime();
        DrlReader.Parsed parsed = DrlReader.read("x.drl", deep);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused without parsing");
        PackProblem p = parsed.problems().get(0);
        assertEquals("limit/drl-depth", p.code());
        assertEquals(3, p.line());
        assertEquals(22, p.column());
    }

    @Test
    void aDrlFileOverItsSizeIsRefusedUnparsed() {
        String big = "// " + "x".repeat(org.gapcheck.pack.Limits.MAX_DRL_CHARS) + "\n";
        assertEquals("limit/file-size", DrlReader.read("x.drl", big).problems().get(0).code());
    }
}
