package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.submission.Countries;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private static final Regions REGIONS = RulePackLoader.load(null).regions();

    @Test
    void everyAssignedCodeAndEveryTestCodeHasItsRegions() {
        Map<String, Regions.Country> table = REGIONS.byCode();
        List<String> missing = new ArrayList<>();
        Countries.assigned().stream().filter(c -> !table.containsKey(c)).forEach(missing::add);
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "X" + a + b;
                if (!table.containsKey(code)) {
                    missing.add(code);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theOneHundredNinetyThreeMemberStatesSitInTheFiveGroups() {
        List<Regions.Country> members = REGIONS.countries().stream().filter(c -> Boolean.TRUE.equals(c.unMember())).toList();
        assertEquals(193, members.size());
        assertTrue(members.stream().noneMatch(c -> "none".equals(c.unGroup())));
        assertEquals(54, members.stream().filter(c -> c.unGroup().equals("african")).count());
    }
}
