package org.gapcheck.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pack versions in Semantic Versioning's order, which decides the questionnaire changes a stored submission goes through. */
class SemanticVersionTest {

    @Test
    void ordersByNumbersNotByText() {
        List<String> ordered = List.of("0.1.0", "0.2.0", "0.3.0-rc1", "0.3.0", "0.3.1", "0.10.0", "1.0.0-alpha", "1.0.0-beta", "1.0.0", "10.0.0");
        for (int i = 0; i + 1 < ordered.size(); i++) {
            SemanticVersion a = SemanticVersion.parse(ordered.get(i)).orElseThrow();
            SemanticVersion b = SemanticVersion.parse(ordered.get(i + 1)).orElseThrow();
            assertTrue(a.compareTo(b) < 0 && b.compareTo(a) > 0, a + " before " + b);
            assertEquals(ordered.get(i), a.toString());
        }
        assertEquals(0, SemanticVersion.parse("0.3.0").orElseThrow().compareTo(SemanticVersion.parse("0.3.0").orElseThrow()));
    }

    @Test
    void readsOnlyMajorMinorPatch() {
        for (String bad : new String[] {"", "1", "1.2", "1.2.3.4", "01.2.3", "v1.2.3", "1.2.3-", "1.2.x", "9999999999.0.0"}) {
            assertTrue(SemanticVersion.parse(bad).isEmpty(), bad);
        }
        assertTrue(SemanticVersion.parse(null).isEmpty());
    }
}
