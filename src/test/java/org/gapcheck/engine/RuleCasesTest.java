package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.pack.PackSource;
import org.gapcheck.validate.CaseResult;
import org.gapcheck.validate.CaseRunner;
import org.gapcheck.validate.Coverage;
import org.junit.jupiter.api.Test;

/** The cases beside the rules (rules/tests/chapter-N.yaml) all pass, and they cover every recommendation both ways. */
class RuleCasesTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final CaseRunner.Run RUN = CaseRunner.run(PackSource.directory(Path.of("rules")), PACK, org.gapcheck.pack.Budget.unlimited());

    @Test
    void everyCasePasses() {
        assertEquals(List.of(), RUN.problems().stream().map(Object::toString).toList());
        assertEquals(List.of(), RUN.results().stream().filter(r -> !r.passed()).map(CaseResult::toString).toList());
    }

    @Test
    void everyMemberStateRecommendationHasACriterionAndCasesBothWays() {
        Coverage coverage = Coverage.of(PACK, RUN.results());
        assertEquals(List.of(), coverage.withoutCriterion(), "recommendations without a criterion");
        assertEquals(List.of(), coverage.withoutMetCase(), "recommendations without a case showing MET");
        assertEquals(List.of(), coverage.withoutGapCase(), "recommendations without a case showing GAP or PARTIAL");
    }
}
