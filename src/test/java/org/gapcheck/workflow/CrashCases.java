package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import org.gapcheck.access.Accounts;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.ServeProcess;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * A save acknowledged is a save kept: {@code serve} as a process of its own is killed with SIGKILL
 * within 10 ms of acknowledging a save, twenty times, and every acknowledged save is there when it
 * starts again. The session opened before the first kill still works after the last: it lives in
 * the database, not in the process.
 */
abstract class CrashCases {

    static final int ROUNDS = 20;
    /** Rounds whose kill came later than 10 ms (the machine busy) do not count, and are made up, up to this many. */
    private static final int LATE_ALLOWED = 5;
    private static final long BOUND_NANOS = 10_000_000L;
    private static final String PERCENT = "DR.PREVENTION_SCHOOLS_COVERAGE_PERCENT";
    private static final String TOGGLE = "DR.PREVENTION_CAMPAIGN_ONLINE";

    abstract Database database() throws Exception;

    @Test
    void everyAcknowledgedSaveSurvivesAKillMinusNine() throws Exception {
        try (Database database = database()) {
            database.require();
            try (ApplicationContext context = ApplicationContext.run(database.properties())) {
                context.getBean(Accounts.class).create(new Accounts.Request("crash-coordinator", "coordinator", "XAF", "NV/2026/9",
                        WorkflowContract.PASSWORD), null);
            }
            String cookie = null;
            String csrf = null;
            int acknowledged = 0;
            int killedInTime = 0;
            long slowestInTime = 0;
            for (int round = 1; round <= ROUNDS + LATE_ALLOWED + 1; round++) {
                ServeProcess serve = ServeProcess.start(database.processEnvironment(), database.processArguments().toArray(String[]::new));
                try {
                    if (cookie == null) {
                        Answer login = serve.send("POST", "/api/session", "{\"login\": \"crash-coordinator\", \"password\": \""
                                + WorkflowContract.PASSWORD + "\"}");
                        assertEquals(201, login.status(), login.body());
                        cookie = login.header("Set-Cookie").split(";")[0];
                        csrf = login.json().get("csrf_token").asText();
                    }
                    if (acknowledged > 0) {
                        Answer read = serve.send("GET", "/api/countries/XAF/submissions/2024", null, "Cookie", cookie);
                        assertEquals(200, read.status(), "round " + round + ": the session outlived the kill: " + read.body());
                        JsonNode answers = read.json().at("/draft/answers");
                        assertEquals(acknowledged, answers.get(PERCENT).asInt(), "round " + round + ": the last save before the kill");
                        assertEquals(acknowledged % 2 == 0 ? "yes" : "no", answers.get(TOGGLE).asText(), "round " + round);
                    }
                    if (killedInTime == ROUNDS) {
                        break;
                    }
                    Answer first = serve.send("PATCH", "/api/countries/XAF/submissions/2024", "{\"answers\": {\"" + PERCENT + "\": "
                            + round + "}}", "Cookie", cookie, "X-CSRF-Token", csrf);
                    assertEquals(200, first.status(), first.body());
                    Answer second = serve.send("PATCH", "/api/countries/XAF/submissions/2024", "{\"answers\": {\"" + TOGGLE + "\": \""
                            + (round % 2 == 0 ? "yes" : "no") + "\"}}", "Cookie", cookie, "X-CSRF-Token", csrf);
                    long answeredAt = System.nanoTime();
                    long took = serve.kill() - answeredAt;
                    if (took < BOUND_NANOS) {
                        killedInTime++;
                        slowestInTime = Math.max(slowestInTime, took);
                    }
                    assertEquals(200, second.status(), second.body());
                    acknowledged = round;
                } finally {
                    serve.close();
                }
            }
            assertEquals(ROUNDS, killedInTime, "SIGKILL within 10 ms of the acknowledgement in " + ROUNDS + " rounds, with at most "
                    + LATE_ALLOWED + " late ones made up; each save read back after the restart that followed");
            assertTrue(slowestInTime < BOUND_NANOS, "the slowest counted kill took " + slowestInTime / 1000 + " us");
        }
    }
}
