package org.gapcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Thresholds;
import org.gapcheck.pack.PackSource;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2 of issue 8: how evaluation scales with the number of criteria. Generated rule packs
 * of 100, 521 (the real pack's size), 1,000 and 10,000 criteria, copies of the real pack's
 * criteria ({@link GeneratedPack}), are evaluated over one submission answering every item
 * ({@link FullSubmission}) by four engines:
 * <ul>
 *   <li>{@code gapcheck}: the engine as shipped ({@code RuleBase.build} in its default mode), the
 *       rules only ({@code Evaluator.run}: a pooled session to every criterion's verdict), like the others;</li>
 *   <li>{@code gapcheck-other-mode}: the same with the pack's DRL compiled by KIE classic (MVEL, {@code DrlProject});</li>
 *   <li>{@code plain-java}: the practical lower bound, a loop over the criteria as data ({@link PlainJavaCriteria});</li>
 *   <li>{@code easy-rules}: one Easy Rules rule per criterion ({@link EasyRulesCriteria}).</li>
 * </ul>
 * Before measuring, the set-up checks on the real pack and on the generated one that Gapcheck's
 * findings (in the trial's compilation mode), plain Java and Easy Rules give every criterion the
 * same status, and fails if not; so each trial vouches for the engine it measures. It prints how
 * long generating and compiling the pack took. Sample time: JMH reports median and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

    private static final long SEED = 8;

    @Param({"100", "521", "1000", "10000"})
    public int criteria;

    @Param({"gapcheck", "gapcheck-other-mode", "plain-java", "easy-rules"})
    public String engine;

    private Path directory;
    /** The trial's engine over the submission; one per forked JVM, so the call stays monomorphic. */
    private Supplier<Object> evaluation;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RulePack real = RulePackLoader.load(null);
        Catalogue catalogue = real.catalogue();
        Questionnaire questionnaire = real.questionnaire();
        Submission submission;
        try {
            submission = new SubmissionReader(questionnaire).read(FullSubmission.json(questionnaire, real.ruleBase().criteria(), SEED));
        } catch (InvalidSubmissionException e) {
            throw new IllegalStateException("the generated submission is invalid: " + e.errors(), e);
        }
        boolean other = engine.equals("gapcheck-other-mode");
        String modeName = other ? "other mode (DrlProject, classic MVEL)" : "default mode";

        PackSource embedded = PackSource.embedded();
        check("real pack, " + modeName, other ? build(embedded, catalogue, questionnaire, true) : real.ruleBase(), catalogue, submission);

        directory = Files.createTempDirectory("gapcheck-scaling-");
        long start = System.nanoTime();
        String written = GeneratedPack.write(directory, criteria, SEED);
        log("generated pack of %d criteria in %d ms: %s", criteria, millis(start), written);
        PackSource source = PackSource.directory(directory);
        start = System.nanoTime();
        RuleBase ruleBase = build(source, catalogue, questionnaire, other);
        long buildMillis = millis(start);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        log("BUILD %d criteria, %s: %d ms (heap in use after GC %d MB of max %d MB)", criteria, modeName, buildMillis,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (ruleBase.criteria().size() != criteria) {
            throw new IllegalStateException("generated pack has " + ruleBase.criteria().size() + " criteria, not " + criteria);
        }
        check("generated pack, " + modeName, ruleBase, catalogue, submission);

        List<CriterionDef> defs = List.copyOf(ruleBase.criteria());
        Map<String, Answer> answers = submission.answers();
        evaluation = switch (engine) {
            case "gapcheck", "gapcheck-other-mode" -> {
                Evaluator evaluator = new Evaluator(ruleBase, catalogue.recommendations());
                yield () -> evaluator.run(submission); // the rules only, to statuses, as the other engines
            }
            case "plain-java" -> {
                PlainJavaCriteria plain = new PlainJavaCriteria(defs);
                yield () -> plain.evaluate(answers);
            }
            case "easy-rules" -> {
                EasyRulesCriteria easy = new EasyRulesCriteria(defs);
                yield () -> easy.evaluate(answers);
            }
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Gapcheck's findings: its per-criterion statuses. Plain Java: the bound. Easy Rules: the other engine. */
    @Benchmark
    public Object evaluate() {
        return evaluation.get();
    }

    /** The rule base as RuleBase.build makes it by default, or compiled by KIE in the other mode (classic MVEL). */
    private static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, boolean otherMode) {
        Thresholds thresholds = Thresholds.load(source);
        return otherMode ? RuleBase.build(source, catalogue, questionnaire, thresholds, DrlProject.class)
                : RuleBase.build(source, catalogue, questionnaire, thresholds);
    }

    /**
     * Fails unless Gapcheck's findings, plain Java and Easy Rules give every criterion of the rule
     * base the same status. The profile is empty, so no criterion is NOT_APPLICABLE in the findings.
     */
    private static void check(String what, RuleBase ruleBase, Catalogue catalogue, Submission submission) {
        List<CriterionDef> defs = List.copyOf(ruleBase.criteria());
        Map<String, Status> plain = byId(defs, new PlainJavaCriteria(defs).evaluate(submission.answers()));
        Map<String, Status> easy = byId(defs, new EasyRulesCriteria(defs).evaluate(submission.answers()));
        Map<String, Status> gapcheck = new LinkedHashMap<>();
        int results = 0;
        for (var finding : new Evaluator(ruleBase, catalogue.recommendations()).evaluate(submission)) {
            for (var c : finding.criteria()) {
                gapcheck.put(c.id(), c.status());
                results++;
            }
        }
        if (results != defs.size() || !gapcheck.equals(plain) || !easy.equals(plain)) {
            String differences = plain.keySet().stream()
                    .filter(id -> plain.get(id) != gapcheck.get(id) || plain.get(id) != easy.get(id)).limit(10)
                    .map(id -> id + " plain-java=" + plain.get(id) + " gapcheck=" + gapcheck.get(id) + " easy-rules=" + easy.get(id))
                    .reduce("", (a, b) -> a + "\n  " + b);
            throw new IllegalStateException(what + ": the engines disagree (" + defs.size() + " criteria, " + results
                    + " criterion results in the findings); first differences:" + differences);
        }
        Map<Status, Integer> mix = new EnumMap<>(Status.class);
        plain.values().forEach(s -> mix.merge(s, 1, Integer::sum));
        log("%s: gapcheck, plain-java and easy-rules agree on all %d criteria %s", what, defs.size(), mix);
    }

    private static Map<String, Status> byId(List<CriterionDef> defs, Status[] statuses) {
        Map<String, Status> out = new LinkedHashMap<>();
        for (int i = 0; i < statuses.length; i++) {
            out.put(defs.get(i).id(), statuses[i]);
        }
        return out;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[scaling] " + format + "%n", args);
    }
}
