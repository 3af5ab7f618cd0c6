package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.pack.PackSource;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.junit.jupiter.api.Test;

/**
 * The rule base Gapcheck builds (each criterion's requirements as rule conditions) and the DRL as
 * written compiled by KIE (each criterion rule testing its requirements in its consequence) must
 * agree, finding for finding, on every fixture: the benchmarks compare their speed, so they must
 * compute the same thing.
 */
class CompilationModesTest {

    @Test
    void theDrlCompiledAsWrittenGivesTheSameFindingsOnEveryFixture() {
        RulePack pack = RulePackLoader.load(null);
        PackSource source = PackSource.embedded();
        RuleBase classic = RuleBase.build(source, pack.catalogue(), pack.questionnaire(), Thresholds.load(source), DrlProject.class);
        Evaluator kie = new Evaluator(classic, pack.catalogue().recommendations(), pack.regions().derivedProfiles());
        SubmissionReader reader = pack.reader();
        for (Path fixture : Fixtures.submissions()) {
            Submission s = reader.read(Fixtures.read(fixture));
            assertEquals(Json.write(pack.evaluator().evaluate(s)), Json.write(kie.evaluate(s)), fixture.toString());
        }
    }
}
