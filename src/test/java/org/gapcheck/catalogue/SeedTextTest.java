package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.testing.Required;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue text, word for word, against the seed documents it was taken from
 * ({@code ../shared/seeds}, the folder CI places beside the clone; without it the tests are skipped,
 * or fail under GAPCHECK_REQUIRE_SEEDS=1, as in CI). Conversion artefacts are
 * removed from the seed, never from our side: a catalogue text must be the document's words.
 */
class SeedTextTest {

    private static final Catalogue CATALOGUE = RulePackLoader.load(null).catalogue();
    private static String outcomeSeed;
    private static String regionalSeed;

    /** Before each test, not once for all: a class-level skip is reported as no test at all, and these must show as SKIPPED. */
    @BeforeEach
    void readSeeds() throws IOException {
        Path seeds = Required.resource("the seed documents", "GAPCHECK_REQUIRE_SEEDS",
                Path.of(System.getProperty("gapcheck.seeds", "../shared/seeds")));
        if (outcomeSeed == null) {
            outcomeSeed = normalise(Files.readString(seeds.resolve("002_3fefb4aa889f6ed6.txt")));
            regionalSeed = normalise(Files.readString(seeds.resolve("000_51a901301c7691e6.txt")));
        }
    }

    /** Drops page-break lines, footnote lines and markers and emphasis; joins everything with single spaces. */
    static String normalise(String seed) {
        return seed.lines()
                .filter(line -> !line.strip().equals("---") && !line.strip().startsWith("<sup>"))
                .map(line -> line.replaceAll("<sup>[^<]*</sup>", "").replaceAll("\\*+", "").replace("\\", ""))
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ");
    }

    @Test
    void recommendationTextsAreTheOutcomeDocumentsWords() {
        assertEquals(List.of(), missing(CATALOGUE.recommendations(), Recommendation::id, Recommendation::text, outcomeSeed));
    }

    @Test
    void chapterHeadingsAndChapeauxAreTheDocumentsWords() {
        assertEquals(List.of(), missing(CATALOGUE.chapters(), c -> "chapter " + c.number(), Chapter::chapeau, outcomeSeed));
        assertEquals(List.of(), missing(CATALOGUE.chapters(), c -> "chapter " + c.number(), Chapter::heading, outcomeSeed));
    }

    @Test
    void challengeTextsAreTheDeclarationsWords() {
        assertEquals(List.of(), missing(CATALOGUE.challenges(), Challenge::id, Challenge::text, outcomeSeed));
    }

    @Test
    void regionalTextsAreTheSubsidiaryBodiesWords() {
        assertEquals(List.of(), missing(CATALOGUE.regional().recommendations(), RegionalRecommendation::id,
                RegionalRecommendation::text, regionalSeed));
    }

    @Test
    void referenceTextsAreTheDocumentsWords() {
        List<String> missing = new ArrayList<>();
        CATALOGUE.references().forEach(doc -> missing.addAll(missing(doc.entries(), ReferenceEntry::id,
                e -> e.text().substring(0, Math.min(120, e.text().length())), outcomeSeed)));
        assertEquals(List.of(), missing);
    }

    private static <T> List<String> missing(List<T> items, Function<T, String> id, Function<T, String> text, String seed) {
        return items.stream()
                .filter(item -> !seed.contains(text.apply(item).replaceAll("\\s+", " ")))
                .map(id)
                .toList();
    }
}
