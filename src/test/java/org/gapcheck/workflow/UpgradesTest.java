package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireChange;
import org.gapcheck.questionnaire.QuestionnaireChange.Moves;
import org.junit.jupiter.api.Test;

/** The reader's upgrade step on items alone: renames, removals, chains of them, and formats it refuses. */
class UpgradesTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final Questionnaire REAL = PACK.questionnaire();

    /** The real questionnaire with a history of our own: 0.4.0 renames A to B and removes C; 0.5.0 renames B to D. */
    private static final Questionnaire LATER = new Questionnaire(REAL.title(), REAL.notKnown(), REAL.sections(), REAL.regions(),
            REAL.items(), REAL.profile(), REAL.indicators(), List.of(
            new QuestionnaireChange("0.4.0", new Moves(Map.of("DR.A", "DR.B"), List.of("DR.C")), null,
                    new Moves(Map.of("IND.OLD", "IND.NEW"), null)),
            new QuestionnaireChange("0.5.0", new Moves(Map.of("DR.B", "DR.D"), null), new Moves(null, List.of("gone")), null)));

    private static Map<String, JsonNode> items(String... pointerValue) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (int i = 0; i < pointerValue.length; i += 2) {
            items.put(pointerValue[i], TextNode.valueOf(pointerValue[i + 1]));
        }
        return items;
    }

    @Test
    void theRealHistoryDropsTheAnswersTo020sRemovedItemsAndListsThem() {
        Map<String, JsonNode> stored = items("/region", "weog", "/answers/MED.INCB_I2ES_USE", "all", "/answers/MED.I2ES_USE",
                "all_authorizations", "/profile/donor", "yes", "/profile/transit_country", "no", "/reservations/1(k).x", "r");
        Upgrades.Upgraded read = Upgrades.items(stored, "0.1.0", REAL, "0.3.0");
        assertEquals(List.of("/region", "/answers/MED.I2ES_USE", "/profile/transit_country", "/reservations/1(k).x"),
                List.copyOf(read.items().keySet()), "everything else is read as stored, in its order");
        assertEquals(List.of("/answers/MED.INCB_I2ES_USE", "/profile/donor"), read.lost().stream().map(Upgrades.Lost::item).toList());
        assertEquals("removed from the questionnaire in 0.2.0", read.lost().get(0).reason());
        assertEquals(TextNode.valueOf("all"), read.lost().get(0).value(), "the value lost is named, so it can be entered again");
        assertTrue(read.moved().isEmpty());
    }

    @Test
    void aSubmissionStoredUnderTheActiveQuestionnaireOrALaterOneIsReadAsStored() {
        Map<String, JsonNode> stored = items("/answers/DR.A", "yes", "/answers/MED.INCB_I2ES_USE", "all");
        for (String version : List.of("0.5.0", "0.6.0", "not a version")) {
            Upgrades.Upgraded read = Upgrades.items(stored, version, LATER, "0.5.0");
            assertSame(stored, read.items(), version);
            assertTrue(!read.changed(), version);
        }
    }

    @Test
    void renamesFollowEachLaterVersionInOrderAndNameWhereEachAnswerWasStored() {
        Upgrades.Upgraded read = Upgrades.items(items("/answers/DR.A", "yes", "/answers/DR.C", "no", "/indicators/IND.OLD", "7",
                "/profile/gone", "x"), "0.3.0", LATER, "0.5.0");
        assertEquals(items("/answers/DR.D", "yes", "/indicators/IND.NEW", "7"), read.items());
        assertEquals(List.of(new Upgrades.Moved("/answers/DR.A", "/answers/DR.D"), new Upgrades.Moved("/indicators/IND.OLD",
                "/indicators/IND.NEW")), read.moved(), "one move per answer, from where it was stored to where it is read");
        assertEquals(List.of("/answers/DR.C", "/profile/gone"), read.lost().stream().map(Upgrades.Lost::item).toList());
        Upgrades.Upgraded fromMiddle = Upgrades.items(items("/answers/DR.B", "yes", "/answers/DR.A", "no"), "0.4.0", LATER, "0.5.0");
        assertEquals(items("/answers/DR.D", "yes", "/answers/DR.A", "no"), fromMiddle.items(), "only the changes after 0.4.0");
    }

    @Test
    void aRenamedAnswerWhoseNewCodeIsAnsweredAlreadyIsLostNotMerged() {
        Upgrades.Upgraded read = Upgrades.items(items("/answers/DR.A", "old", "/answers/DR.B", "new"), "0.3.0", LATER, "0.4.0");
        assertEquals(items("/answers/DR.D", "new"), read.items(), "the answer given under the new code stays (and moves on in 0.5.0)");
        assertEquals(List.of("/answers/DR.A"), read.lost().stream().map(Upgrades.Lost::item).toList());
        assertTrue(read.lost().get(0).reason().contains("answered already"), read.lost().get(0).reason());
    }

    @Test
    void aFormatOtherThanTheOneThisGapcheckWritesIsRefusedWithTheReason() {
        Upgrades.readable(Upgrades.FORMAT_VERSION, "x");
        Refusal refused = assertThrows(Refusal.class, () -> Upgrades.readable(2, "The submission of XAF for 2024"));
        assertEquals(409, refused.status());
        assertEquals("submission/format-unsupported", refused.type());
        assertTrue(Upgrades.unsupported(2, "it").contains("format 2; this Gapcheck reads format 1 only"));
    }
}
