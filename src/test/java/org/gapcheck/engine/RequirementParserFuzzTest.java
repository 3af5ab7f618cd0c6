package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.pack.PackSource;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireLoader;

/**
 * Fuzz target (issue 14, standing check b): any text written as a criterion's {@code @met},
 * {@code @partial} or {@code @not_applicable_if} either parses, against the embedded pack's
 * questionnaire and thresholds, or is refused with the reason that {@link RuleBase} reports at the
 * rule's file and line (an {@link IllegalArgumentException} with a message); never any other
 * exception or error. What parses reads only known items, is unknown (never false) while they are
 * unanswered, and reads the same every time.
 * In {@code verify} it replays the seeds in {@code RequirementParserFuzzTestInputs/parsesOrExplains};
 * {@code .ci/fuzz} fuzzes it.
 */
class RequirementParserFuzzTest {

    /** The embedded pack's questionnaire and thresholds, read without building its rules (the target starts sooner). */
    private static final PackSource SOURCE = PackSource.embedded();
    private static final Questionnaire QUESTIONNAIRE = QuestionnaireLoader.load(SOURCE, CatalogueLoader.load(SOURCE));
    private static final Thresholds THRESHOLDS = Thresholds.load(SOURCE);

    @FuzzTest(maxDuration = "30s")
    void parsesOrExplains(byte[] input) {
        String expression = new String(input, StandardCharsets.UTF_8);
        RequirementParser parser = new RequirementParser(QUESTIONNAIRE, THRESHOLDS);
        Requirement requirement;
        try {
            requirement = parser.parse(expression);
        } catch (IllegalArgumentException e) {
            assertNotNull(e.getMessage(), "a refusal says why");
            assertFalse(e.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertFalse(requirement.items().isEmpty(), () -> "a requirement reads at least one item: " + expression);
        requirement.items().forEach(item -> assertTrue(QUESTIONNAIRE.item(item).isPresent(), () -> "a known item: " + item));
        assertEquals(Tri.UNKNOWN, requirement.test(item -> null), () -> "unanswered, '" + expression + "' is unknown, never false");
        assertNotNull(requirement.machine());
        assertEquals(requirement.machine(), parser.parse(expression).machine(), () -> "'" + expression + "' reads the same twice");
    }
}
