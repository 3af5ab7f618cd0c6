package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.ServeProcess;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * Two {@code serve} processes on different ports against one PostgreSQL serve the same data: a
 * session opened on one works on the other and a logout on one ends it on both, a save on one is
 * read on the other, failed logins on one count on the other, and a token works on both.
 */
class TwoServersTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void twoProcessesOnOneDatabaseShareSessionsDataCountsAndTokens() throws Exception {
        try (Database database = Database.postgres()) {
            database.require();
            String token;
            try (ApplicationContext context = ApplicationContext.run(database.properties())) {
                Accounts accounts = context.getBean(Accounts.class);
                accounts.create(new Accounts.Request("two-coordinator", "coordinator", "XAF", "NV/2026/2", PASSWORD), null);
                accounts.create(new Accounts.Request("two-limited", "coordinator", "XAG", "NV/2026/3", PASSWORD), null);
                long admin = accounts.create(new Accounts.Request("two-admin", "administrator", null, null, PASSWORD), null).id();
                token = context.getBean(Tokens.class).create("two servers", List.of("ruleset:validate"), 1, admin).secret();
            }
            String[] args = database.processArguments().toArray(String[]::new);
            try (ServeProcess a = ServeProcess.start(database.processEnvironment(), args);
                 ServeProcess b = ServeProcess.start(database.processEnvironment(), args)) {
                Answer login = a.send("POST", "/api/session", "{\"login\": \"two-coordinator\", \"password\": \"" + PASSWORD + "\"}");
                assertEquals(201, login.status(), login.body());
                String cookie = login.header("Set-Cookie").split(";")[0];
                String csrf = login.json().get("csrf_token").asText();
                assertEquals("two-coordinator", b.send("GET", "/api/session", null, "Cookie", cookie).json().get("login").asText(),
                        "a login on one process is a login on the other");

                Answer saved = b.send("PATCH", "/api/countries/XAF/submissions/2024", "{\"answers\": {"
                        + "\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}", "Cookie", cookie, "X-CSRF-Token", csrf);
                assertEquals(200, saved.status(), saved.body());
                assertEquals("yes", a.send("GET", "/api/countries/XAF/submissions/2024", null, "Cookie", cookie).json()
                        .at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText(), "a save on one is read on the other");
                assertEquals(200, b.send("PATCH", "/api/countries/XAF/submissions/2024", "{\"answers\": {"
                        + "\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"partly\"}}", "Cookie", cookie, "X-CSRF-Token", csrf).status());
                assertEquals("partly", a.send("GET", "/api/countries/XAF/submissions/2024", null, "Cookie", cookie).json()
                        .at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText(), "and so is the next, after a read there");

                for (int i = 0; i < Sessions.FAILURES_PER_LOGIN; i++) {
                    assertEquals(401, a.send("POST", "/api/session", "{\"login\": \"two-limited\", \"password\": \"wrong " + i + "\"}")
                            .status());
                }
                assertEquals(429, b.send("POST", "/api/session", "{\"login\": \"two-limited\", \"password\": \"" + PASSWORD + "\"}")
                        .status(), "failures counted on one process limit the other");

                for (ServeProcess server : List.of(a, b)) {
                    assertEquals(400, server.send("POST", "/api/rulesets/validate", "PK", "Content-Type", "application/zip",
                            "Authorization", "Bearer " + token).status(), "the token opens the route on both");
                }

                assertEquals(204, a.send("DELETE", "/api/session", null, "Cookie", cookie, "X-CSRF-Token", csrf).status());
                assertEquals(401, b.send("GET", "/api/session", null, "Cookie", cookie).status(), "a logout on one ends it on both");
            }
        }
    }
}
