package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecommendationIdTest {

    private static List<String> sorted(List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        Collections.shuffle(out, new Random(14));
        out.sort(RecommendationId.ORDER);
        return out;
    }

    @Test
    void idsSortAsTheOutcomeDocumentListsThem() {
        List<String> catalogue = new ArrayList<>();
        for (int chapter = 1; chapter <= 2; chapter++) {
            for (int i = 0; i < 30; i++) {
                catalogue.add(chapter + "(" + RecommendationId.letterAt(i) + ")");
            }
        }
        assertEquals(List.of("1(z)", "1(aa)", "1(bb)"), catalogue.subList(25, 28), "the catalogue's own lettering");
        assertEquals(catalogue, sorted(catalogue));
    }

    @Test
    void aSingleLetterComesBeforeEveryDoubleOne() {
        assertEquals(List.of("1(a)", "1(b)", "1(z)", "1(aa)", "1(bb)", "2(a)"), sorted(List.of("1(bb)", "2(a)", "1(aa)", "1(z)", "1(b)", "1(a)")));
    }

    @Test
    void criterionIdsSortByTheirRecommendationThenTheirName() {
        assertEquals(List.of("1(b).zeta", "1(aa).alpha", "1(aa).beta", "3(c)"), sorted(List.of("1(aa).beta", "3(c)", "1(aa).alpha", "1(b).zeta")));
    }

    @Test
    void idsOfAnotherShapeComeLastAsText() {
        assertEquals(List.of("9(z)", "C01", "C02", "x"), sorted(List.of("x", "C02", "9(z)", "C01")));
    }
}
