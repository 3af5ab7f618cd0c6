package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * Logins, sessions, CSRF, tokens and the login limit through the real HTTP layer, run on each
 * database by a subclass. Each case makes its own accounts, so cases do not meet.
 */
abstract class AccessContract extends WithStoredServer {

    /** Short, so that a case can wait for a session to go idle. */
    private static final long IDLE_SECONDS = 3;

    @Override
    protected Map<String, Object> settings() {
        return Map.of("gapcheck.sessions.idle-timeout", IDLE_SECONDS + "s");
    }

    @Test
    void loginSetsASecureHttpOnlyStrictSessionCookieAndAnswersWhoAndTheCsrfToken() {
        String login = account("coordinator", "XAF");
        Answer answer = tryLogin(login, PASSWORD);
        assertEquals(201, answer.status(), answer.body());
        String cookie = answer.header("Set-Cookie");
        assertTrue(cookie.startsWith(Sessions.COOKIE + "=gcs_"), cookie);
        for (String attribute : List.of("HTTPOnly", "Secure", "SameSite=Strict", "Path=/")) {
            assertTrue(cookie.toLowerCase().contains(attribute.toLowerCase()), cookie + " lacks " + attribute);
        }
        assertEquals("no-store", answer.header("Cache-Control"), "no cache keeps the CSRF token");
        JsonNode who = answer.json();
        assertEquals(login, who.get("login").asText());
        assertEquals("coordinator", who.get("role").asText());
        assertEquals("XAF", who.get("country").asText());
        assertEquals(IDLE_SECONDS, who.get("idle_timeout_seconds").asLong());
        Login session = login(login);
        assertEquals(login, as(session, "GET", "/api/session", null).json().get("login").asText());
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginAreAnsweredAlike() {
        String login = account("secretariat", null);
        Answer wrong = tryLogin(login, "not the password at all");
        Answer unknown = tryLogin("nobody-" + NEXT.incrementAndGet(), PASSWORD);
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().get("type").asText(), unknown.json().get("type").asText());
        assertEquals(wrong.json().get("detail").asText(), unknown.json().get("detail").asText());
        assertEquals(null, wrong.header("Set-Cookie"));
    }

    @Test
    void withoutASessionTheSessionRouteIs401AndAForgedCookieOpensNothing() {
        assertEquals(401, server.send("GET", "/api/session", null).status());
        assertEquals(401, server.send("GET", "/api/session", null, "Cookie", Sessions.COOKIE + "=gcs_forged").status());
    }

    @Test
    void withoutAnIdentityProviderConfiguredTheOpenIdConnectRoutesDoNotExist() {
        for (String path : List.of(org.gapcheck.access.oidc.OidcSettings.LOGIN_PATH, org.gapcheck.access.oidc.OidcSettings.CALLBACK_PATH,
                "/oauth/login", "/oauth/callback", "/oauth/logout")) {
            Answer answer = server.send("GET", path + "?code=x&state=y", null);
            assertEquals(404, answer.status(), path + ": " + answer.body());
        }
    }

    @Test
    void anUnsafeRequestOfASessionNeedsItsCsrfToken() {
        Login session = login(account("coordinator", "XAG"));
        Answer without = server.send("DELETE", "/api/session", null, "Cookie", session.cookie());
        assertEquals(403, without.status(), without.body());
        assertEquals("access/csrf", without.json().get("type").asText());
        Answer wrong = server.send("DELETE", "/api/session", null, "Cookie", session.cookie(), CsrfFilter.HEADER, "guess");
        assertEquals(403, wrong.status());
        assertEquals(200, as(session, "GET", "/api/session", null).status(), "the session is still open");
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        Login session = login(account("contributor", "XAG"));
        Answer out = as(session, "DELETE", "/api/session", null);
        assertEquals(204, out.status(), out.body());
        assertTrue(out.header("Set-Cookie").toLowerCase().contains("max-age=0"), out.header("Set-Cookie"));
        assertEquals(401, as(session, "GET", "/api/session", null).status());
    }

    @Test
    void anIdleSessionExpires() throws InterruptedException {
        Login session = login(account("secretariat", null));
        assertEquals(200, as(session, "GET", "/api/session", null).status());
        Thread.sleep((IDLE_SECONDS + 1) * 1000);
        assertEquals(401, as(session, "GET", "/api/session", null).status());
    }

    @Test
    void aDeactivatedAccountsSessionEndsAtItsNextRequest() {
        String login = account("coordinator", "XAH");
        Login session = login(login);
        AccountRepository accounts = server.bean(AccountRepository.class);
        Account account = accounts.findByLogin(login).orElseThrow();
        accounts.update(account.withActive(false));
        assertEquals(401, as(session, "GET", "/api/session", null).status());
        assertEquals(401, tryLogin(login, PASSWORD).status());
    }

    @Test
    void failedLoginsAreLimitedPerLoginEvenForTheRightPasswordThen() {
        String login = account("administrator", null);
        for (int i = 0; i < Sessions.FAILURES_PER_LOGIN; i++) {
            assertEquals(401, tryLogin(login, "wrong password " + i).status());
        }
        Answer limited = tryLogin(login, PASSWORD);
        assertEquals(429, limited.status(), limited.body());
        assertEquals("access/too-many-logins", limited.json().get("type").asText());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= Sessions.FAILURE_WINDOW.toSeconds() + 1, "Retry-After " + retryAfter);
        login(account("administrator", null)); // another login is not limited
    }

    @Test
    void anAdministratorIssuesATokenShownOnceThatCarriesOnlyItsScopesAndCanBeRevoked() {
        Login admin = login(account("administrator", null));
        Answer issued = as(admin, "POST", "/api/tokens", "{\"name\": \"CI of the XAA pack\", \"scopes\": [\"ruleset:validate\"], \"days\": 30}");
        assertEquals(201, issued.status(), issued.body());
        String secret = issued.json().get("secret").asText();
        assertEquals("no-store", issued.header("Cache-Control"));
        long id = issued.json().get("token").get("id").asLong();
        assertTrue(secret.startsWith("gct_"));
        Answer listed = as(admin, "GET", "/api/tokens", null);
        assertFalse(listed.body().contains(secret), "the list never shows a secret");
        assertTrue(listed.body().contains("CI of the XAA pack"));
        Answer byToken = server.send("GET", "/api/tokens", null, "Authorization", "Bearer " + secret);
        assertEquals(403, byToken.status(), "a token has its scopes, not its creator's role");
        assertEquals(204, as(admin, "DELETE", "/api/tokens/" + id, null).status());
        assertEquals(401, server.send("GET", "/api/tokens", null, "Authorization", "Bearer " + secret).status());
        assertEquals(404, as(admin, "DELETE", "/api/tokens/999999", null).status());
    }

    @Test
    void aTokenRequestWithAWrongFieldIsRefusedNamingIt() {
        Login admin = login(account("administrator", null));
        Answer scope = as(admin, "POST", "/api/tokens", "{\"name\": \"x\", \"scopes\": [\"submissions:write\"]}");
        assertEquals(400, scope.status());
        assertEquals("scopes", scope.json().get("errors").get(0).get("path").asText());
        Answer days = as(admin, "POST", "/api/tokens", "{\"name\": \"x\", \"scopes\": [\"ruleset:validate\"], \"days\": 400}");
        assertEquals("days", days.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void onlyAnAdministratorManagesTokens() {
        Login coordinator = login(account("coordinator", "XAJ"));
        assertEquals(403, as(coordinator, "GET", "/api/tokens", null).status());
        assertEquals(401, server.send("GET", "/api/tokens", null).status());
    }

    @Test
    void loginsAndFailuresAreInTheAuditChain() {
        String login = account("secretariat", null);
        tryLogin(login, "wrong password here");
        login(login);
        List<AuditEntry> entries = server.bean(AuditRepository.class).findAllOrderById();
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("login.failed") && e.subject().equals("login:" + login)));
        long id = server.bean(AccountRepository.class).findByLogin(login).orElseThrow().id();
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("login") && Long.valueOf(id).equals(e.accountId())));
        String previous = AuditEntry.FIRST;
        for (AuditEntry entry : entries) {
            assertEquals(previous, entry.previousHash());
            assertTrue(entry.hashHolds());
            previous = entry.entryHash();
        }
        assertNotNull(previous);
    }

    @Test
    void aRulePackIsValidatedForAnAdministratorOrATokenWithItsScopeOnly() {
        Login admin = login(account("administrator", null));
        String secret = as(admin, "POST", "/api/tokens", "{\"name\": \"pack CI\", \"scopes\": [\"ruleset:validate\"]}")
                .json().get("secret").asText();
        // "PK" is no archive: a 400 shows the request got past access to the route itself.
        String zip = "application/zip";
        assertEquals(401, server.send("POST", "/api/rulesets/validate", "PK", "Content-Type", zip).status());
        Login coordinator = login(account("coordinator", "XAK"));
        assertEquals(403, server.send("POST", "/api/rulesets/validate", "PK", "Content-Type", zip, "Cookie", coordinator.cookie(),
                CsrfFilter.HEADER, coordinator.csrf()).status());
        assertEquals(400, server.send("POST", "/api/rulesets/validate", "PK", "Content-Type", zip, "Authorization", "Bearer " + secret)
                .status());
        assertEquals(400, server.send("POST", "/api/rulesets/validate", "PK", "Content-Type", zip, "Cookie", admin.cookie(),
                CsrfFilter.HEADER, admin.csrf()).status());
    }
}
