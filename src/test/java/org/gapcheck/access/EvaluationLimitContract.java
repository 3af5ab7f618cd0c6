package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.CapturedLog;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anonymous evaluations are limited per client address, counted in the database; callers with a
 * token or a session are not. The limit is small here; the server's clients all come from 127.0.0.1.
 */
abstract class EvaluationLimitContract extends WithStoredServer {

    private static final int LIMIT = 3;
    private static final String BUCKET = "evaluations-address:127.0.0.1";

    @Override
    protected Map<String, Object> settings() {
        return Map.of("gapcheck.evaluations.anonymous-limit", LIMIT, "gapcheck.evaluations.anonymous-window", "10m");
    }

    @BeforeEach
    void forgetTheCount() {
        if (server != null) {
            server.bean(RateLimiter.class).clear(BUCKET);
        }
    }

    @Test
    void anonymousEvaluationsPastTheLimitAre429WithRetryAfterAndAuthenticatedCallersPass() throws IOException {
        String body = Files.readString(Fixtures.DIR.resolve("xac-consumer-2024.json"));
        for (int i = 0; i < LIMIT; i++) {
            Answer answer = server.send("POST", "/api/evaluations?view=summary", body);
            assertEquals(200, answer.status(), answer.body());
        }
        // X-Forwarded-For is read behind a configured proxy only: a client cannot name another address.
        Answer limited = server.send("POST", "/api/evaluations?view=summary", body, "X-Forwarded-For", "203.0.113.9");
        assertProblem(429, EvaluationRateFilter.TYPE, limited);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 500 && retryAfter <= 601, "the first of the window's requests leaves it in about 10 minutes: "
                + retryAfter);
        server.bean(RateLimiter.class).flush();
        assertEquals(LIMIT, server.bean(org.gapcheck.storage.RateEventRepository.class)
                .countByBucketAndAtAfter(BUCKET, java.time.Instant.EPOCH), "the refused one is not counted");

        Login admin = login(account("administrator", null));
        assertEquals(200, as(admin, "POST", "/api/evaluations?view=summary", body).status(), "a session is not limited");
        Answer issued = as(admin, "POST", "/api/tokens", "{\"name\": \"CI\", \"scopes\": [\"ruleset:validate\"], \"days\": 1}");
        String token = issued.json().get("secret").asText();
        Answer byToken = server.send("POST", "/api/evaluations?view=summary", body, "Authorization", "Bearer " + token);
        assertEquals(200, byToken.status(), byToken.body());
        assertProblem(429, EvaluationRateFilter.TYPE, server.send("POST", "/api/evaluations", body));
    }

    @Test
    void eventsAnotherProcessWroteAreCountedWithinAQuarterSecond() throws IOException, InterruptedException {
        String body = Files.readString(Fixtures.DIR.resolve("xac-consumer-2024.json"));
        assertEquals(200, server.send("POST", "/api/evaluations?view=summary", body).status());
        org.gapcheck.storage.RateEventRepository stored = server.bean(org.gapcheck.storage.RateEventRepository.class);
        for (int i = 1; i < LIMIT; i++) {
            stored.save(new org.gapcheck.storage.RateEvent(null, BUCKET, java.time.Instant.now())); // as another process writes
        }
        Thread.sleep(300); // past the count this process read
        assertProblem(429, EvaluationRateFilter.TYPE, server.send("POST", "/api/evaluations?view=summary", body));
    }

    @Test
    void theRequestIdIsInTheLogLinesOfItsWorkOnTheDatabaseExecutorAndInTheAnswer() throws IOException {
        String body = Files.readString(Fixtures.DIR.resolve("xac-consumer-2024.json"));
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(200, server.send("POST", "/api/evaluations?view=summary", body).status());
        }
        try (CapturedLog log = CapturedLog.of(EvaluationRateFilter.class)) {
            Answer refused = server.send("POST", "/api/evaluations?view=summary", body, "X-Request-Id", "ci-run-42.7");
            assertEquals(429, refused.status());
            assertEquals("ci-run-42.7", refused.header("X-Request-Id"));
            ILoggingEvent line = log.only();
            assertTrue(line.getThreadName().startsWith(DatabaseExecutor.NAME), "logged on the database executor: "
                    + line.getThreadName());
            assertEquals("ci-run-42.7", line.getMDCPropertyMap().get("requestId"));
            String printed = log.printed(line);
            assertTrue(printed.contains("EvaluationRateFilter [ci-run-42.7] - Anonymous evaluations from 127.0.0.1"), printed);
        }
        Answer forged = server.send("POST", "/api/evaluations?view=summary", body, "X-Request-Id", "two words <b>");
        String replaced = forged.header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), "an id unfit for a log line is replaced: " + replaced);
        String made = server.send("GET", "/api/catalogue/challenges/C01", null).header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f-]{36}") && !made.equals(replaced), "each request without one gets its own: " + made);
    }
}
