package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.gapcheck.questionnaire.Item;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;
import org.junit.jupiter.api.Test;

class EngineBehaviourTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final SubmissionReader READER = PACK.reader();

    static Submission submission(String profile, String answers) {
        return READER.read(("{\"country\": \"XAH\", \"reporting_year\": 2024, \"region\": \"african\", \"profile\": " + profile
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

    @Test
    void everyCriterionCitesItsRecommendationWordForWord() {
        for (CriterionDef c : PACK.ruleBase().criteria()) {
            String text = PACK.catalogue().recommendation(c.recommendation()).orElseThrow().text().replaceAll("\\s+", " ");
            assertTrue(text.contains(c.cites().replaceAll("\\s+", " ")), c.id());
        }
    }
}
