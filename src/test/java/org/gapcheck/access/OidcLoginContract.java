package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.gapcheck.access.oidc.OidcSettings;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.testing.Http;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect login through the real HTTP layer, run on each database by a subclass, against
 * mock-oauth2-server as the provider: the browser's way is followed by hand, redirect by redirect
 * (Gapcheck's login route, the provider's authorization endpoint, Gapcheck's callback), with the
 * cookies each answer sets.
 */
abstract class OidcLoginContract extends WithStoredServer {

    private static final String CLIENT_ID = "gapcheck-test";
    private static final String ISSUER_ID = "default";

    private MockOAuth2Server provider;
    private final Http browser = new Http("");

    @Override
    protected Map<String, Object> settings() {
        provider = new MockOAuth2Server();
        provider.start();
        return OidcSettings.client(issuer(), CLIENT_ID, "a client secret");
    }

    @AfterAll
    void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    private String issuer() {
        return provider.issuerUrl(ISSUER_ID).toString();
    }

    /** Where the flow got to: the answer of the callback, and the cookies the login route set. */
    record Callback(Answer answer, String flowCookies, URI callback) {
    }

    /**
     * Logs in at the provider as {@code subject} and brings its answer to the callback, its cookies
     * and its redirect changed by the tampers. The provider issues its next token for the subject
     * queued, so a flow refused before Gapcheck asks for a token ({@code tokenAsked} false) queues none.
     */
    private Callback signIn(String subject, java.util.function.UnaryOperator<String> tamperCookies,
                            java.util.function.UnaryOperator<String> tamperCallback, boolean tokenAsked) {
        if (tokenAsked) {
            provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), Map.of(), 3600));
        }
        Answer start = server.send("GET", OidcSettings.LOGIN_PATH, null);
        assertEquals(302, start.status(), start.body());
        URI authorize = URI.create(start.header("Location"));
        assertTrue(authorize.toString().startsWith(issuer() + "/authorize?"), authorize.toString());
        for (String parameter : List.of("state=", "nonce=", "code_challenge=", "code_challenge_method=S256", "scope=openid",
                "redirect_uri=")) {
            assertTrue(authorize.getRawQuery().contains(parameter), parameter + " in " + authorize);
        }
        String cookies = cookies(start);
        Answer approved = browser.send("GET", authorize.toString(), null);
        assertEquals(302, approved.status(), approved.body());
        URI callback = URI.create(tamperCallback.apply(approved.header("Location")));
        assertEquals(OidcSettings.CALLBACK_PATH, callback.getPath());
        Answer answer = server.send("GET", callback.getRawPath() + "?" + callback.getRawQuery(), null,
                "Cookie", tamperCookies.apply(cookies));
        return new Callback(answer, cookies, callback);
    }

    private Callback signIn(String subject) {
        return signIn(subject, c -> c, c -> c, true);
    }

    /** The cookies an answer sets, as a Cookie header sends them back. */
    private static String cookies(Answer answer) {
        return answer.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
    }

    private static String cookie(Answer answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    private String linked(String role, String country) {
        String login = account(role, country);
        server.bean(Identities.class).link(login, issuer(), "sub-" + login, null);
        return login;
    }

    private List<AuditEntry> audit(String action) {
        return server.bean(AuditRepository.class).findAllOrderById().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void aLinkedAccountLogsInWithTheSessionCookieOfAPasswordLogin() {
        String login = linked("coordinator", "XAF");
        Answer callback = signIn("sub-" + login).answer();
        assertEquals(303, callback.status(), callback.body());
        assertEquals("/", callback.header("Location"));
        String session = cookie(callback, Sessions.COOKIE);
        assertNotNull(session, callback.headers().toString());
        String attributes = session.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; httponly") && attributes.contains("; secure") && attributes.contains("; samesite=strict"), session);

        Answer who = server.send("GET", "/api/session", null, "Cookie", session.substring(0, session.indexOf(';')));
        assertEquals(200, who.status(), who.body());
        assertEquals(login, who.json().get("login").asText());
        assertEquals("coordinator", who.json().get("role").asText());
        Login browserSession = new Login(session.substring(0, session.indexOf(';')), who.json().get("csrf_token").asText());
        Answer draft = as(browserSession, "PATCH", "/api/countries/XAF/submissions/2024",
                "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}");
        assertEquals(200, draft.status(), draft.body());
        AuditEntry entry = audit("login").get(audit("login").size() - 1);
        assertEquals(stored(login).id(), entry.accountId());
        assertTrue(entry.detail().endsWith(" method=oidc"), entry.detail());
    }

    @Test
    void anUnlinkedSubjectIsRefusedAndNoAccountIsMade() {
        long accounts = server.bean(AccountRepository.class).count();
        Answer callback = signIn("nobody-" + NEXT.incrementAndGet()).answer();
        assertProblem(403, "access/identity-not-linked", callback);
        assertNull(cookie(callback, Sessions.COOKIE));
        assertEquals(accounts, server.bean(AccountRepository.class).count(), "the provider makes no account");
        AuditEntry refused = audit("login.failed").get(audit("login.failed").size() - 1);
        assertTrue(refused.detail().contains("factor=oidc reason=unlinked"), refused.detail());
    }

    @Test
    void aDeactivatedAccountIsRefusedAlike() {
        String login = linked("contributor", "XAF");
        AccountRepository accounts = server.bean(AccountRepository.class);
        accounts.update(stored(login).withActive(false));
        Answer callback = signIn("sub-" + login).answer();
        assertProblem(403, "access/identity-not-linked", callback);
        assertNull(cookie(callback, Sessions.COOKIE));
        AuditEntry refused = audit("login.failed").get(audit("login.failed").size() - 1);
        assertEquals(stored(login).id(), refused.accountId());
        assertTrue(refused.detail().contains("reason=inactive"), refused.detail());
    }

    @Test
    void aCallbackWhoseStateIsNotTheOneItsBrowserWasGivenIsRefused() {
        String login = linked("coordinator", "XAF");
        Answer callback = signIn("sub-" + login, c -> c, location -> location.replaceFirst("state=[^&]+", "state=forged"),
                false).answer();
        assertProblem(401, "access/oidc-failed", callback);
        assertNull(cookie(callback, Sessions.COOKIE));
        String detail = audit("login.failed").get(audit("login.failed").size() - 1).detail();
        assertTrue(detail.contains("factor=oidc reason=State"), detail);
    }

    @Test
    void anIdTokenWhoseNonceIsNotTheBrowsersIsRefused() {
        String login = linked("coordinator", "XAF");
        // The provider puts the nonce of the authorization request into the ID token; the browser's
        // nonce cookie is swapped, as if the code had been sent to another browser's callback.
        Answer callback = signIn("sub-" + login, cookies -> swapNonce(cookies), c -> c, true).answer();
        assertProblem(401, "access/oidc-failed", callback);
        assertNull(cookie(callback, Sessions.COOKIE));
        String detail = audit("login.failed").get(audit("login.failed").size() - 1).detail();
        assertTrue(detail.endsWith("factor=oidc reason=id-token"), detail);
    }

    private static String swapNonce(String cookies) {
        assertTrue(cookies.contains("OPENID_NONCE="), cookies);
        return cookies.replaceFirst("OPENID_NONCE=[^;]+", "OPENID_NONCE=another-nonce");
    }

    @Test
    void theSecretariatStillGivesItsTotpCodeAfterTheProvider() {
        String login = linked("secretariat", null);
        Answer callback = signIn("sub-" + login).answer();
        assertEquals(303, callback.status(), callback.body());
        assertEquals("/?login=totp", callback.header("Location"), callback.headers().toString());
        assertNull(cookie(callback, Sessions.COOKIE), "no session before the code");
        String pending = cookie(callback, PendingLogins.COOKIE);
        assertNotNull(pending, callback.headers().toString());
        assertTrue(pending.contains("Path=/api/session") && pending.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), pending);
        String pendingCookie = pending.substring(0, pending.indexOf(';'));

        Answer offer = server.send("POST", "/api/session/totp", "{}", "Cookie", pendingCookie);
        assertProblem(401, "access/totp-enrolment-required", offer);
        assertNotNull(offer.json().get("totp_enrolment").get("secret"));
        assertProblem(401, "access/login-failed", server.send("POST", "/api/session/totp",
                "{\"totp\": \"" + TotpLoginContract.wrong(nextCode(login)) + "\"}", "Cookie", pendingCookie));
        Answer opened = server.send("POST", "/api/session/totp", "{\"totp\": \"" + nextCode(login) + "\"}", "Cookie", pendingCookie);
        Login session = opened(opened);
        assertEquals("secretariat", opened.json().get("role").asText());
        assertEquals(200, as(session, "GET", "/api/session", null).status());
        assertTrue(audit("login").get(audit("login").size() - 1).detail().endsWith(" method=oidc"));

        Answer again = server.send("POST", "/api/session/totp", "{\"totp\": \"" + nextCode(login) + "\"}", "Cookie", pendingCookie);
        assertProblem(401, "access/login-failed", again);
        assertFalse(again.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(Sessions.COOKIE + "=gcs_")));
    }

    @Test
    void aProviderThatRefusesTheLoginIsAnsweredAsAFailureAndLogged() {
        Answer start = server.send("GET", OidcSettings.LOGIN_PATH, null);
        String state = URI.create(start.header("Location")).getRawQuery().replaceFirst(".*state=([^&]+).*", "$1");
        Answer callback = server.send("GET", OidcSettings.CALLBACK_PATH + "?error=access_denied&state=" + state, null,
                "Cookie", cookies(start));
        assertProblem(401, "access/oidc-failed", callback);
        assertNull(cookie(callback, Sessions.COOKIE));
        String detail = audit("login.failed").get(audit("login.failed").size() - 1).detail();
        assertTrue(detail.contains("factor=oidc reason=AuthorizationErrorResponseException"), detail);
    }

    @Test
    void theModulesRoutesCarryAnAccessRuleToo() {
        List<String> routes = server.bean(io.micronaut.web.router.Router.class).uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/oauth/"))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate()
                        + (r.getTargetMethod().hasAnnotation(io.micronaut.security.annotation.Secured.class) ? "" : " WITHOUT RULE"))
                .distinct().sorted().toList();
        assertEquals(List.of("GET " + OidcSettings.CALLBACK_PATH, "GET " + OidcSettings.LOGIN_PATH, "POST " + OidcSettings.CALLBACK_PATH),
                routes);
    }

    @Test
    void aServerWhoseProviderCannotBeReachedStartsAndSaysSoAtLogin() throws Exception {
        try (org.gapcheck.testing.Database other = database();
             org.gapcheck.testing.StoredServer alone = org.gapcheck.testing.StoredServer.start(other,
                     OidcSettings.client("http://127.0.0.1:9/no-provider", CLIENT_ID, "a client secret"))) {
            assertEquals(200, alone.send("GET", "/health", null).status());
            assertProblem(503, "access/oidc-unavailable", alone.send("GET", OidcSettings.LOGIN_PATH, null));
        }
    }

    @Test
    void aSecondStepWithoutAPendingLoginIsRefused() {
        assertProblem(401, "access/login-failed", server.send("POST", "/api/session/totp", "{\"totp\": \"123456\"}"));
        assertProblem(401, "access/login-failed", server.send("POST", "/api/session/totp", "{\"totp\": \"123456\"}",
                "Cookie", PendingLogins.COOKIE + "=gcp_forged"));
    }
}
