package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.api.Test;

/** The shipped catalogue against the outcome document: counts, ids, texts, links. */
class CatalogueContentTest {

    private static final Catalogue CATALOGUE = RulePackLoader.load(null).catalogue();

    @Test
    void countsPerChapterMatchTheOutcomeDocument() {
        // A/RES/S-30/1: 1(a)-(r), 2(a)-(g), 3(a)-(u), 4(a)-(o), 5(a)-(y), 6(a)-(e), 7(a)-(l).
        Map<Integer, Long> expected = new LinkedHashMap<>();
        expected.put(1, 18L);
        expected.put(2, 7L);
        expected.put(3, 21L);
        expected.put(4, 15L);
        expected.put(5, 25L);
        expected.put(6, 5L);
        expected.put(7, 12L);
        Map<Integer, Long> actual = CATALOGUE.recommendations().stream()
                .collect(Collectors.groupingBy(Recommendation::chapter, LinkedHashMap::new, Collectors.counting()));
        assertEquals(expected, actual);
        assertEquals(103, CATALOGUE.recommendations().size());
        assertEquals(7, CATALOGUE.chapters().size());
    }

    @Test
    void idsAreUniqueWellFormedAndLetteredInOrder() {
        Set<String> seen = new HashSet<>();
        for (Chapter chapter : CATALOGUE.chapters()) {
            List<Recommendation> in = CATALOGUE.inChapter(chapter.number());
            for (int i = 0; i < in.size(); i++) {
                String id = in.get(i).id();
                assertTrue(RecommendationId.FORMAT.matcher(id).matches(), id);
                assertEquals(chapter.number() + "(" + (char) ('a' + i) + ")", id);
                assertTrue(seen.add(id), "duplicate " + id);
            }
        }
        assertEquals("1(r)", CATALOGUE.inChapter(1).get(17).id());
        assertEquals("5(y)", CATALOGUE.inChapter(5).get(24).id());
        assertEquals("7(l)", CATALOGUE.inChapter(7).get(11).id());
    }

    @Test
    void textsAreCompleteAndFreeOfConversionArtefacts() {
        List<String> bad = new ArrayList<>();
        for (Recommendation r : CATALOGUE.recommendations()) {
            String t = r.text();
            if (t == null || t.length() < 60) {
                bad.add(r.id() + ": empty or too short");
            } else if (!t.endsWith(";") && !t.endsWith(".")) {
                bad.add(r.id() + ": ends mid-sentence");
            }
            if (t != null && (t.contains("<sup") || t.contains("---") || t.contains("**") || t.matches("(?s).*\\s{2,}.*")
                    || t.matches("(?s).*[a-z]\\d+[,;.].*"))) {
                bad.add(r.id() + ": carries a conversion artefact");
            }
            if (t != null && !Character.isUpperCase(t.charAt(0))) {
                bad.add(r.id() + ": starts mid-sentence");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void recommendationsToInternationalBodiesSayWhy() {
        List<String> bodies = CATALOGUE.recommendations().stream()
                .filter(r -> !r.forMemberStates()).map(Recommendation::id).toList();
        assertTrue(bodies.containsAll(List.of("1(r)", "5(w)")), bodies.toString());
        // 7(i) urges international financial institutions, but closes on a clause for States, which is assessed.
        Recommendation i = CATALOGUE.recommendation("7(i)").orElseThrow();
        assertTrue(i.forMemberStates() && i.scopeNote() != null, "7(i) is assessed on its States clause, and says so");
        CATALOGUE.recommendations().stream().filter(r -> !r.forMemberStates())
                .forEach(r -> assertFalse(r.addresseeReason() == null || r.addresseeReason().isBlank(), r.id()));
    }

    @Test
    void twelveChallengesWithDataAsTheCrossCuttingOne() {
        assertEquals(12, CATALOGUE.challenges().size());
        List<String> crossCutting = CATALOGUE.challenges().stream()
                .filter(c -> Boolean.TRUE.equals(c.crossCutting())).map(Challenge::id).toList();
        assertEquals(List.of("C12"), crossCutting);
        assertTrue(CATALOGUE.challenge("C12").orElseThrow().text().contains("reliable data"));
        assertTrue(CATALOGUE.challenge("C04").orElseThrow().text().contains("confiscated proceeds"));
    }

    @Test
    void everyChallengeLinkResolvesAndEveryChallengeHasLinks() {
        Set<String> ids = CATALOGUE.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        for (Challenge c : CATALOGUE.challenges()) {
            assertFalse(c.recommendations().isEmpty(), c.id());
            c.recommendations().forEach(link -> {
                assertTrue(ids.contains(link.id()), c.id() + " -> " + link.id());
                assertFalse(link.reason().isBlank(), c.id() + " -> " + link.id());
            });
        }
    }

    @Test
    void everyMemberStateRecommendationServesAChallengeOrSaysWhyNot() {
        Set<String> linked = CATALOGUE.challenges().stream()
                .flatMap(c -> c.recommendations().stream()).map(ChallengeLink::id).collect(Collectors.toSet());
        Set<String> unlinked = CATALOGUE.unlinked().stream().map(UnlinkedRecommendation::id).collect(Collectors.toSet());
        List<String> orphans = CATALOGUE.recommendations().stream()
                .filter(Recommendation::forMemberStates)
                .map(Recommendation::id)
                .filter(id -> !linked.contains(id) && !unlinked.contains(id))
                .toList();
        assertEquals(List.of(), orphans);
        CATALOGUE.unlinked().forEach(u -> assertFalse(linked.contains(u.id()), u.id() + " is both linked and unlinked"));
    }

    @Test
    void regionalRecommendationsElaborateKnownRecommendations() {
        RegionalFile regional = CATALOGUE.regional();
        assertEquals(Set.of("honlea-europe", "honlea-africa", "honlea-lac", "honlea-asia-pacific",
                "subcommission-near-middle-east"), regional.bodies().stream().map(RegionalBody::id).collect(Collectors.toSet()));
        Set<String> ids = CATALOGUE.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        regional.recommendations().forEach(r -> {
            assertFalse(r.elaborates().isEmpty(), r.id());
            r.elaborates().forEach(id -> assertTrue(ids.contains(id), r.id() + " elaborates " + id));
        });
        assertTrue(CATALOGUE.regionalElaborating("3(k)").size() > 0);
    }

    @Test
    void referencesCarryBothEarlierDocuments() {
        assertEquals(List.of("E/2014/28", "E/2009/28"),
                CATALOGUE.references().stream().map(ReferenceDocument::document).toList());
        CATALOGUE.references().forEach(doc -> assertTrue(doc.entries().size() > 50, doc.document()));
    }

    @Test
    void lookupAcceptsTheWaysPeopleTypeAnId() {
        assertEquals("1(m)", CATALOGUE.recommendation("1m").orElseThrow().id());
        assertEquals("1(m)", CATALOGUE.recommendation("1 (M)").orElseThrow().id());
        assertTrue(CATALOGUE.recommendation("8(a)").isEmpty());
        assertEquals("C06", CATALOGUE.challenge("c06").orElseThrow().id());
    }
}
