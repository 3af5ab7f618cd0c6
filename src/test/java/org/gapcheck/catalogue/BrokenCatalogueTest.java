package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken catalogue stops loading with every problem named by file, line, entry and reason. */
class BrokenCatalogueTest {

    private static final String CHAPTER_1 = "catalogue/recommendations/chapter-1.yaml";
    private static final String CHALLENGES = "catalogue/challenges.yaml";

    @TempDir
    Path dir;

    private List<PackProblem> problems(PackCopy pack) {
        return assertThrows(PackLoadException.class, () -> RulePackLoader.load(pack.root())).problems();
    }

    private static PackProblem only(List<PackProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theShippedPackLoadsFromItsFolder() {
        assertEquals(103, RulePackLoader.load(PackCopy.into(dir).root()).catalogue().recommendations().size());
    }

    @Test
    void unknownKeyIsNamedWithItsLine() {
        PackCopy pack = PackCopy.into(dir).replace(CHAPTER_1, "    seed_line: 244", "    seed_line: 244\n    colour: red");
        PackProblem p = only(problems(pack));
        assertTrue(p.file().endsWith(CHAPTER_1), p.toString());
        assertEquals(pack.lineOf(CHAPTER_1, "colour: red"), p.line());
        assertTrue(p.message().startsWith("unknown key 'colour'"), p.message());
    }

    @Test
    void yamlSyntaxErrorIsNamedWithItsLine() {
        PackCopy pack = PackCopy.into(dir).replace(CHALLENGES, "  - id: \"C03\"", "  - id: \"C03\"\n   oops: [unclosed");
        PackProblem p = only(problems(pack));
        assertTrue(p.file().endsWith(CHALLENGES), p.toString());
        assertTrue(p.line() >= pack.lineOf(CHALLENGES, "oops: [unclosed"), p.toString());
    }

    @Test
    void recommendationOutOfSequenceIsNamed() {
        PackCopy pack = PackCopy.into(dir).replace(CHAPTER_1, "- id: \"1(b)\"", "- id: \"1(a)\"");
        List<PackProblem> problems = problems(pack);
        PackProblem p = problems.stream().filter(x -> x.message().contains("out of sequence")).findFirst().orElseThrow();
        assertEquals(pack.lineOf(CHAPTER_1, "- id: \"1(c)\"") - 8, p.line(), p.toString());
        assertEquals("1(a)", p.entry());
        assertTrue(p.toString().matches(".*chapter-1\\.yaml:\\d+:\\d+: error: recommendation/bad-id: 1\\(a\\): out of sequence.*1\\(b\\).*"), p.toString());
    }

    @Test
    void challengeLinkToUnknownRecommendationIsNamed() {
        PackCopy pack = PackCopy.into(dir).replace(CHALLENGES, "      - id: \"3(a)\"", "      - id: \"9(z)\"");
        PackProblem p = problems(pack).stream().filter(x -> x.message().contains("unknown recommendation")).findFirst().orElseThrow();
        assertEquals(pack.lineOf(CHALLENGES, "\"9(z)\""), p.line());
        assertEquals("C03 -> 9(z)", p.entry());
    }

    @Test
    void memberStateRecommendationServingNoChallengeIsNamed() {
        // 6(a) leaves 'unlinked'; 1(r) (already linked) takes its place: two problems, both reported.
        PackCopy pack = PackCopy.into(dir).replace(CHALLENGES, "  - id: \"6(a)\"", "  - id: \"1(r)\"");
        List<PackProblem> problems = problems(pack);
        assertTrue(problems.stream().anyMatch(p -> "6(a)".equals(p.entry()) && p.message().contains("serves no challenge")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("linked to a challenge and declared unlinked")), problems.toString());
    }

    @Test
    void internationalAddresseeNeedsItsReason() {
        PackCopy pack = PackCopy.into(dir).replace(CHAPTER_1, "    addressee: member_states", "    addressee: international_bodies");
        PackProblem p = only(problems(pack));
        assertEquals("1(a)", p.entry());
        assertEquals("missing 'addressee_reason'", p.message());
    }

    @Test
    void footnoteMarkerInATextIsAnArtefact() {
        PackCopy pack = PackCopy.into(dir).replace(CHAPTER_1, "vocational training;", "vocational training;<sup>3</sup>");
        List<PackProblem> problems = problems(pack);
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("text carries a footnote marker")), problems.toString());
    }

    @Test
    void missingFileAndBadManifestAreBothReported() {
        PackCopy pack = PackCopy.into(dir)
                .delete("catalogue/references/poa-2009.yaml")
                .replace("pack.yaml", "version: 0.3.0", "version: one");
        List<PackProblem> problems = problems(pack);
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("poa-2009.yaml") && p.message().equals("file is missing")),
                problems.toString());
        // The manifest is only checked once every file parses; fix the first, the second shows.
        PackCopy.into(dir.resolve("second")).replace("pack.yaml", "version: 0.3.0", "version: one");
        List<PackProblem> second = problems(PackCopy.into(dir.resolve("third")).replace("pack.yaml", "version: 0.3.0", "version: one"));
        assertTrue(second.stream().anyMatch(p -> p.message().contains("is not semantic")), second.toString());
    }

    @Test
    void aFolderThatIsNoPackIsRefused() {
        List<PackProblem> problems = assertThrows(PackLoadException.class,
                () -> RulePackLoader.load(dir.resolve("nowhere"))).problems();
        assertTrue(only(problems).message().contains("is not a directory"));
    }
}
