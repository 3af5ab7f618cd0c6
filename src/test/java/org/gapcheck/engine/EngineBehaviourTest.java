package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineBehaviourTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final SubmissionReader READER = PACK.reader();
    private static final String CHAPTER_1 = "drl/chapter-1.drl";

    static Submission submission(String profile, String answers) {
        return READER.read(("{\"country\": \"XAH\", \"reporting_year\": 2024, \"region\": \"western_european_other\", \"profile\": " + profile
                + ", \"answers\": " + answers + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static void everyMemberStateRecommendationIsNotReported(List<Finding> findings) {
        for (Finding f : findings) {
            boolean memberStates = PACK.catalogue().recommendation(f.recommendation()).orElseThrow().forMemberStates();
            assertEquals(memberStates ? Status.NOT_REPORTED : Status.NOT_ASSESSED, f.status(), f.recommendation());
        }
        assertEquals(PACK.catalogue().recommendations().size(), findings.size());
    }

    @Test
    void anEmptySubmissionIsNotReportedThroughout() {
        everyMemberStateRecommendationIsNotReported(PACK.evaluator().evaluate(submission("{}", "{}")));
    }

    @Test
    void allNotKnownIsNotReportedThroughoutToo() {
        var answers = Json.mapper().createObjectNode();
        PACK.questionnaire().items().forEach(i -> answers.put(i.code(), "not_known"));
        everyMemberStateRecommendationIsNotReported(PACK.evaluator().evaluate(submission("{}", answers.toString())));
    }

    @Test
    void theOrderOfAnswersDoesNotMatter() {
        List<Item> items = new ArrayList<>(PACK.questionnaire().items());
        List<String> first = null;
        Random random = new Random(42);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(items, random);
            var answers = Json.mapper().createObjectNode();
            items.stream().filter(i -> i.type().tokens().contains("partly")).forEach(i -> answers.put(i.code(), "partly"));
            items.stream().filter(i -> i.type().tokens().contains("considered")).forEach(i -> answers.put(i.code(), "yes"));
            List<String> statuses = PACK.evaluator().evaluate(submission("{}", answers.toString())).stream()
                    .map(f -> f.recommendation() + "=" + f.status() + f.criteria().stream().map(c -> c.id() + c.status()).toList())
                    .toList();
            if (first == null) {
                first = statuses;
            }
            assertEquals(first, statuses);
        }
    }

    @Test
    void concurrentEvaluationsGiveTheSameFindings() throws Exception {
        var answers = Json.mapper().createObjectNode();
        PACK.questionnaire().items().stream().filter(i -> i.type().tokens().contains("yes")).forEach(i -> answers.put(i.code(), "yes"));
        Submission s = submission("{\"people_who_inject_drugs\": \"no\"}", answers.toString());
        String expected = Json.write(PACK.evaluator().evaluate(s));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> Json.write(PACK.evaluator().evaluate(s))));
            }
            for (Future<String> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every criterion cites its recommendation word for word because the loader refuses one that
     * does not (a check over the loaded pack could never fail: it would not have loaded). So the
     * refusal is what is tested: words the recommendation lacks are refused at the rule's line, and
     * the same words broken over lines are not.
     */
    @Test
    void aCriterionCitingWordsItsRecommendationLacksIsRefusedAtLoad(@TempDir Path dir) {
        String cites = "@cites(\"including the use of opioid receptor antagonists such as naloxone to reduce drug-related mortality\")";
        PackCopy pack = PackCopy.into(dir.resolve("paraphrased"))
                .replace(CHAPTER_1, cites, cites.replace("such as naloxone", "like naloxone"));
        List<PackProblem> problems = assertThrows(PackLoadException.class, () -> RulePackLoader.load(pack.root())).problems();
        // Knock-on problems may follow (an applicability rule excluding the refused criterion): this one must be among them.
        int line = pack.lineOf(CHAPTER_1, "rule \"1(m).naloxone_take_home:");
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(CHAPTER_1) && p.line() == line
                && p.message().startsWith("@cites is not a verbatim excerpt of 1(m)")), problems.toString());

        PackCopy rewrapped = PackCopy.into(dir.resolve("rewrapped")).replace(CHAPTER_1, cites, cites.replace(" such as ", "\n        such as "));
        assertEquals(PACK.ruleBase().criteria().size(), RulePackLoader.load(rewrapped.root()).ruleBase().criteria().size());
    }
}
