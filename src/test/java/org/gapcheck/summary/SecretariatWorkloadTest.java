package org.gapcheck.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.api.Test;

/** 193 synthetic States reporting for the baseline and the midterm: everything valid, summarised, trended. */
class SecretariatWorkloadTest {

    @Test
    void oneHundredNinetyThreeStatesOverTwoYears() {
        RulePack pack = RulePackLoader.load(null);
        List<SummaryBuilder.Input> inputs = SyntheticSubmissions.generate(pack, 193, List.of(2019, 2024), 7);
        SummaryReport r = new SummaryBuilder(pack).build(inputs, null, "2026-01-01T00:00:00Z");
        assertEquals(386, r.submissionsRead());
        assertEquals(List.of(), r.invalid());
        assertEquals(193, r.countries().size());
        assertTrue(r.countries().stream().allMatch(c -> c.year() == 2024));
        assertEquals(193, r.trend().countries().size());
        assertEquals(10, r.topGaps().size());
        long regionsWithStates = r.regions().stream().filter(g -> g.kind().equals("un_group") && g.countries() > 0).count();
        assertEquals(5, regionsWithStates);
        assertEquals(193, r.regions().stream().filter(g -> g.kind().equals("un_group")).mapToInt(SummaryReport.RegionSummary::countries).sum());
    }
}
