package org.gapcheck.bench;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;
import org.gapcheck.summary.SyntheticSubmissions;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.StoredHistory;
import org.gapcheck.workflow.StoredSummaries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 16: the secretariat's summary of a 193-country, 11-year history (2,123 acknowledged versions,
 * 2019-2029) computed from the database ({@code fromDatabase}: the query, the stored reports, the
 * submissions of the countries selected), beside the same summary from the submissions' bytes
 * ({@code fromBytes}, benchmark 5), on the embedded database and on PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class StoredSummaryBenchmark {

    @Param({"h2", "postgres"})
    public String database;

    private Database db;
    private ApplicationContext context;
    private StoredSummaries summaries;
    private SummaryBuilder builder;
    private List<SummaryBuilder.Input> inputs;

    @Setup
    public void setUp() throws Exception {
        RulePack pack = RulePackLoader.load(null);
        inputs = SyntheticSubmissions.generate(pack, 193, IntStream.rangeClosed(2019, 2029).boxed().toList(), 11);
        builder = new SummaryBuilder(pack);
        db = database.equals("h2") ? Database.h2() : Database.postgres();
        context = ApplicationContext.builder().properties(db.properties()).singletons(pack).start();
        StoredHistory.fill(context, pack, inputs);
        summaries = context.getBean(StoredSummaries.class);
    }

    @TearDown
    public void tearDown() throws Exception {
        context.close();
        db.close();
    }

    @Benchmark
    public SummaryReport fromDatabase() {
        return summaries.submitted(null);
    }

    @Benchmark
    public SummaryReport fromBytes() {
        return builder.build(inputs, null, "2026-01-01T00:00:00Z");
    }
}
