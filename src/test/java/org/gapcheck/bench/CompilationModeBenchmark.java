package org.gapcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Thresholds;
import org.gapcheck.engine.Verdicts;
import org.gapcheck.pack.PackSource;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part of benchmark 2 of issue 8, at the real pack's size: the shipped pack's 521 criteria over the
 * fixture that answers the most items, side by side in one run, by the rule base built three ways:
 * <ul>
 *   <li>{@code gapcheck}: as shipped, each criterion's requirements built as the conditions of
 *       executable-model rules (CriteriaModel), consequences that only set flags;</li>
 *   <li>{@code kie-executable-model} and {@code kie-classic}: the DRL as written compiled by KIE
 *       (ExecutableModelProject, DrlProject): every criterion rule fires and tests its requirements
 *       in its consequence (the engine before this issue).</li>
 * </ul>
 * {@code rules} is the session only (to the verdicts); {@code evaluate} adds the explained findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompilationModeBenchmark {

    @Param({"gapcheck", "kie-executable-model", "kie-classic"})
    public String mode;

    private Evaluator evaluator;
    private Submission submission;

    @Setup
    public void setUp() throws Exception {
        RulePack pack = RulePackLoader.load(null);
        PackSource source = PackSource.embedded();
        RuleBase ruleBase = RuleBase.build(source, pack.catalogue(), pack.questionnaire(), Thresholds.load(source), switch (mode) {
            case "kie-classic" -> DrlProject.class;
            case "kie-executable-model" -> ExecutableModelProject.class;
            default -> null;
        });
        evaluator = new Evaluator(ruleBase, pack.catalogue().recommendations(), pack.regions().derivedProfiles());
        submission = pack.reader().read(Files.readAllBytes(Path.of("fixtures", "xaa-producer-2024.json")));
    }

    @Benchmark
    public Verdicts rules() {
        return evaluator.run(submission);
    }

    @Benchmark
    public List<Finding> evaluate() {
        return evaluator.evaluate(submission);
    }
}
