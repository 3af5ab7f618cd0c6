package org.gapcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Verdicts;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;
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
 * Benchmark 1 of issue 8: one full evaluation of each fixture (validated submission to verdicts,
 * the rules only; then to explained findings), and the whole gap report from the submission's bytes. Sample time, so JMH
 * reports the median and the 99th percentile. Run with bench/run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    @Param({"xaa-producer-2024", "xab-transit-2024", "xac-consumer-2024", "xad-island-2024", "xae-punitive-2024",
            "xaf-midterm-2024", "xag-mostly-unknown-2024", "xah-donor-2024"})
    public String fixture;

    private RulePack pack;
    private Submission submission;
    private byte[] bytes;
    private EvaluationService service;

    private Report report;

    @Setup
    public void setUp() throws Exception {
        pack = RulePackLoader.load(null);
        bytes = Files.readAllBytes(Path.of("fixtures", fixture + ".json"));
        submission = pack.reader().read(bytes);
        service = new EvaluationService(pack, Clock.systemUTC());
        report = service.evaluate(bytes);
    }

    /** The rules only: a stateless session from the pool over a validated submission, to the verdicts. */
    @Benchmark
    public Verdicts rules() {
        return pack.evaluator().run(submission);
    }

    /** The rules, then every finding explained (items read, values found, requirement, closing step). */
    @Benchmark
    public List<Finding> evaluate() {
        return pack.evaluator().evaluate(submission);
    }

    /** The whole report: validation, evaluation, scores, actions (with their what-if re-evaluations). */
    @Benchmark
    public Report report() {
        return service.evaluate(bytes);
    }

    /** The report written as the service answers it: compact JSON, as bytes. */
    @Benchmark
    public byte[] json() {
        return Json.compact(report);
    }
}
