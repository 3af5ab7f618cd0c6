package org.gapcheck.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code questionnaire/changes.yaml}: the pack's own history is read, and every rule that keeps
 * reading an old submission sound is a problem at the file and line of the entry that breaks it.
 */
class QuestionnaireChangesTest {

    @TempDir
    Path dir;

    @Test
    void thePacksHistoryNamesWhat020Removed() {
        Questionnaire q = RulePackLoader.load(null).questionnaire();
        List<QuestionnaireChange> after010 = q.changesAfter("0.1.0");
        assertEquals(List.of("0.2.0"), after010.stream().map(QuestionnaireChange::version).toList());
        assertEquals(List.of("MED.INCB_I2ES_USE"), after010.get(0).in("answers").removed());
        assertEquals(List.of("donor", "income_group"), after010.get(0).in("profile").removed());
        assertTrue(after010.get(0).in("indicators").renamed().isEmpty());
        assertTrue(q.changesAfter("0.2.0").isEmpty() && q.changesAfter("0.3.0").isEmpty());
    }

    @Test
    void aPackWithoutTheFileHasNoHistory() {
        PackCopy copy = PackCopy.into(dir).delete(QuestionnaireLoader.CHANGES);
        PackSource source = PackSource.directory(copy.root());
        assertTrue(QuestionnaireLoader.load(source, CatalogueLoader.load(source)).changesAfter("0.0.1").isEmpty());
    }

    @Test
    void eachBrokenRuleIsAProblemAtItsEntry() throws IOException {
        List<PackProblem> problems = problems("""
                changes:
                  - version: "0.2"
                    answers: {removed: ["DR.X1"]}
                  - version: "0.2.0"
                    answers: {removed: ["DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME"]}
                  - version: "0.1.5"
                    answers: {renamed: {"DR.X2": "DR.NOWHERE"}}
                  - version: "0.2.1"
                  - version: "0.2.2"
                    profile: {removed: ["gone"]}
                  - version: "0.2.3"
                    profile: {renamed: {"older": "gone"}}
                    answers: {removed: ["DR.X3", "DR.X3"]}
                  - version: "9.0.0"
                    indicators: {removed: ["IND.GONE"]}
                """);
        assertEquals(List.of(
                "2 changes/bad-version", "4 changes/still-asked", "6 changes/order", "6 changes/unknown-target", "8 changes/empty",
                "11 changes/code-reused", "11 changes/code-reused", "14 changes/after-pack"),
                problems.stream().map(p -> p.line() + " " + p.code()).sorted(QuestionnaireChangesTest::byLine).toList());
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("questionnaire/changes.yaml")), problems.toString());
        PackProblem reused = problems.stream().filter(p -> p.message().contains("'gone'")).findFirst().orElseThrow();
        assertTrue(reused.message().contains("left the questionnaire in 0.2.2"), reused.message());
    }

    @Test
    void aRenameMayLeadToACodeALaterVersionMovesOn() throws IOException {
        assertEquals(List.of(), problems("""
                changes:
                  - version: "0.2.0"
                    answers: {renamed: {"DR.FIRST": "DR.SECOND"}}
                  - version: "0.3.0"
                    answers: {renamed: {"DR.SECOND": "DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME"}}
                """),
                "the first rename leads to a code the second moves on; the second to a code the questionnaire asks");
    }

    @Test
    void anUnknownKeyIsAYamlProblem() throws IOException {
        List<PackProblem> problems = problems("""
                changes:
                  - version: "0.2.0"
                    answers: {renames: {"DR.A": "DR.B"}}
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line(), problems.toString());
    }

    private static int byLine(String a, String b) {
        int c = Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0]));
        return c != 0 ? c : a.compareTo(b);
    }

    private List<PackProblem> problems(String yaml) throws IOException {
        PackCopy copy = PackCopy.into(dir.resolve("p" + System.nanoTime()));
        Files.writeString(copy.root().resolve(QuestionnaireLoader.CHANGES), yaml);
        PackSource source = PackSource.directory(copy.root());
        try {
            QuestionnaireLoader.load(source, CatalogueLoader.load(source));
            return List.of();
        } catch (PackLoadException e) {
            return e.problems();
        }
    }
}
