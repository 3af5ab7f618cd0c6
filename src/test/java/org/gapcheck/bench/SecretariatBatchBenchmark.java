package org.gapcheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.Verdicts;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;
import org.gapcheck.summary.SyntheticSubmissions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5 of issue 8: the secretariat's batch, 193 States over 2019-2029 (2,123 generated
 * submissions from the fixtures' profiles), summarised from their bytes: wall time per summary
 * ({@code summarise}), and the evaluation work in it alone ({@code rules}: every validated
 * submission through the rules, on both cores, as the summary does). Evaluations per second =
 * 2,123 / the time reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class SecretariatBatchBenchmark {

    private SummaryBuilder builder;
    private List<SummaryBuilder.Input> inputs;
    private List<Submission> submissions;
    private Evaluator evaluator;

    @Setup
    public void setUp() {
        RulePack pack = RulePackLoader.load(null);
        builder = new SummaryBuilder(pack);
        inputs = SyntheticSubmissions.generate(pack, 193, IntStream.rangeClosed(2019, 2029).boxed().toList(), 11);
        SubmissionReader reader = pack.reader();
        submissions = inputs.stream().map(i -> reader.read(i.json())).toList();
        evaluator = pack.evaluator();
    }

    @Benchmark
    public List<Verdicts> rules() {
        return submissions.parallelStream().map(evaluator::run).toList();
    }

    @Benchmark
    public SummaryReport summarise() {
        return builder.build(inputs, null, "2026-01-01T00:00:00Z");
    }
}
