package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.storage.OneTimeLink;
import org.gapcheck.storage.OneTimeLinkRepository;
import org.gapcheck.testing.StoredServer.Answer;
import org.gapcheck.text.Sha256;
import org.junit.jupiter.api.Test;

/**
 * Inviting accounts, one-time links, resets, deactivation and who may do which, through the real
 * HTTP layer, run on each database by a subclass.
 */
abstract class AccountAdminContract extends WithStoredServer {

    static final String NEW_PASSWORD = "another long password";

    String fresh(String role) {
        return role + "-invited-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
    }

    Answer invite(Login by, String login, String role, String country, String nomination) {
        return as(by, "POST", "/api/accounts", "{\"login\": \"" + login + "\", \"role\": \"" + role + "\""
                + (country == null ? "" : ", \"country\": \"" + country + "\"")
                + (nomination == null ? "" : ", \"nomination_reference\": \"" + nomination + "\"") + "}");
    }

    /** The secret of a link's path. */
    static String token(JsonNode link) {
        String path = link.get("path").asText();
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    /** An instant as the API writes it: an RFC 3339 string. */
    static Instant instant(JsonNode time) {
        return Instant.parse(time.asText());
    }

    Answer setPassword(String token, String password) {
        return server.send("POST", "/api/password", "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndTheAccountThenLogsIn() {
        Login admin = login(account("administrator", null));
        String login = fresh("coordinator");
        Answer invited = invite(admin, login, "coordinator", "XAF", "NV/2026/7");
        assertEquals(201, invited.status(), invited.body());
        assertEquals("no-store", invited.header("Cache-Control"), "no cache keeps the link");
        JsonNode link = invited.json().get("invitation");
        assertTrue(link.get("path").asText().startsWith("/set-password?token=gci_"), link.toString());
        Duration left = Duration.between(Instant.now(), instant(link.get("expires_at")));
        assertTrue(left.compareTo(Duration.ofHours(71)) > 0 && left.compareTo(Duration.ofHours(72)) <= 0, left.toString());
        assertFalse(invited.json().get("account").get("password_set").asBoolean());
        assertEquals("NV/2026/7", invited.json().get("account").get("nomination_reference").asText());
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD));

        assertEquals(204, setPassword(token(link), PASSWORD).status());
        login(login);
        assertProblem(400, "access/link-invalid", setPassword(token(link), NEW_PASSWORD));
        assertEquals(401, tryLogin(login, NEW_PASSWORD).status(), "the used link set nothing");
    }

    @Test
    void aRefusedPasswordNamesItAndLeavesTheLinkUsable() {
        Login admin = login(account("administrator", null));
        String token = token(invite(admin, fresh("secretariat"), "secretariat", null, null).json().get("invitation"));
        Answer weak = setPassword(token, "too short");
        assertProblem(400, "access/invalid", weak);
        assertEquals("password", weak.json().get("errors").get(0).get("path").asText());
        assertEquals(204, setPassword(token, PASSWORD).status());
    }

    @Test
    void anExpiredAnUnknownAndAUsedLinkAreRefusedAlike() {
        String adminLogin = account("administrator", null);
        Login admin = login(adminLogin);
        String used = token(invite(admin, fresh("contributor"), "contributor", "XAF", null).json().get("invitation"));
        assertEquals(204, setPassword(used, PASSWORD).status());
        long invited = invite(admin, fresh("contributor"), "contributor", "XAF", null).json().get("account").get("id").asLong();
        String expired = "gci_expired-" + NEXT.incrementAndGet();
        Instant now = Instant.now();
        server.bean(OneTimeLinkRepository.class).save(new OneTimeLink(null, Sha256.hex(expired), invited,
                OneTimeLink.Purpose.INVITATION, stored(adminLogin).id(), now.minus(Duration.ofHours(73)), now.minusSeconds(1), null));
        List<Answer> answers = List.of(setPassword(expired, PASSWORD), setPassword("gci_unknown", PASSWORD), setPassword(used, PASSWORD));
        for (Answer answer : answers) {
            assertProblem(400, "access/link-invalid", answer);
            assertEquals(answers.get(0).json().get("detail"), answer.json().get("detail"));
        }
    }

    @Test
    void aResetLinkEndsOpenSessionsAndSetsANewPasswordAndANewerLinkReplacesIt() {
        Login admin = login(account("administrator", null));
        String login = account("coordinator", "XAG");
        Login session = login(login);
        long id = stored(login).id();
        Answer first = as(admin, "POST", "/api/accounts/" + id + "/reset", null);
        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().get("path").asText().startsWith("/set-password?token=gcr_"));
        Duration left = Duration.between(Instant.now(), instant(first.json().get("expires_at")));
        assertTrue(left.compareTo(Duration.ofHours(23)) > 0 && left.compareTo(Duration.ofHours(24)) <= 0, left.toString());
        assertEquals(401, as(session, "GET", "/api/session", null).status(), "the reset ended the open session");

        Answer second = as(admin, "POST", "/api/accounts/" + id + "/reset", null);
        assertProblem(400, "access/link-invalid", setPassword(token(first.json()), NEW_PASSWORD));
        assertEquals(204, setPassword(token(second.json()), NEW_PASSWORD).status());
        assertEquals(401, tryLogin(login, PASSWORD).status(), "the old password is gone");
        assertEquals(201, tryLogin(login, NEW_PASSWORD).status());
    }

    @Test
    void aDeactivatedAccountIsLoggedOutAndRefusedUntilActivatedAgain() {
        String adminLogin = account("administrator", null);
        Login admin = login(adminLogin);
        String login = account("contributor", "XAH");
        Login session = login(login);
        long id = stored(login).id();
        Answer off = as(admin, "POST", "/api/accounts/" + id + "/deactivate", null);
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().get("active").asBoolean());
        assertEquals(401, as(session, "GET", "/api/session", null).status());
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD));

        assertTrue(as(admin, "POST", "/api/accounts/" + id + "/activate", null).json().get("active").asBoolean());
        assertEquals(401, as(session, "GET", "/api/session", null).status(), "an ended session stays ended");
        login(login);
        long self = stored(adminLogin).id();
        assertProblem(403, "access/forbidden", as(admin, "POST", "/api/accounts/" + self + "/deactivate", null));
    }

    @Test
    void aDeactivatedAccountsTokensStopUntilItIsActivated() {
        String creator = account("administrator", null);
        String secret = as(login(creator), "POST", "/api/tokens", "{\"name\": \"pack CI\", \"scopes\": [\"ruleset:validate\"]}")
                .json().get("secret").asText();
        Login admin = login(account("administrator", null));
        long id = stored(creator).id();
        // "PK" is no archive: 400 is a token let through, 401 one refused.
        String[] bearer = {"Content-Type", "application/zip", "Authorization", "Bearer " + secret};
        assertEquals(400, server.send("POST", "/api/rulesets/validate", "PK", bearer).status());
        as(admin, "POST", "/api/accounts/" + id + "/deactivate", null);
        assertEquals(401, server.send("POST", "/api/rulesets/validate", "PK", bearer).status());
        as(admin, "POST", "/api/accounts/" + id + "/activate", null);
        assertEquals(400, server.send("POST", "/api/rulesets/validate", "PK", bearer).status());
    }

    @Test
    void theSecretariatInvitesCoordinatorsOnlyAndManagesNoAccount() {
        Login secretariat = login(account("secretariat", null));
        assertProblem(403, "access/forbidden", invite(secretariat, fresh("administrator"), "administrator", null, null));
        assertProblem(403, "access/forbidden", invite(secretariat, fresh("secretariat"), "secretariat", null, null));
        assertProblem(403, "access/forbidden", invite(secretariat, fresh("contributor"), "contributor", "XAF", null));
        Answer unnamed = invite(secretariat, fresh("coordinator"), "coordinator", "XAF", null);
        assertProblem(400, "access/invalid", unnamed);
        assertEquals("nomination_reference", unnamed.json().get("errors").get(0).get("path").asText());
        Answer coordinator = invite(secretariat, fresh("coordinator"), "coordinator", "XAF", "NV/2026/9");
        assertEquals(201, coordinator.status(), coordinator.body());
        long id = coordinator.json().get("account").get("id").asLong();
        for (String action : List.of("reset", "deactivate", "activate")) {
            assertProblem(403, "http/403", as(secretariat, "POST", "/api/accounts/" + id + "/" + action, null));
        }
    }

    @Test
    void aCoordinatorInvitesContributorsOfItsOwnCountryOnly() {
        Login coordinator = login(account("coordinator", "XAJ"));
        Answer own = invite(coordinator, fresh("contributor"), "contributor", null, null);
        assertEquals(201, own.status(), own.body());
        assertEquals("XAJ", own.json().get("account").get("country").asText());
        assertEquals(201, invite(coordinator, fresh("contributor"), "contributor", "xaj", null).status());
        assertProblem(403, "access/forbidden", invite(coordinator, fresh("contributor"), "contributor", "XAK", null));
        assertProblem(403, "access/forbidden", invite(coordinator, fresh("coordinator"), "coordinator", "XAJ", "NV/1"));
        Login contributor = login(account("contributor", "XAJ"));
        assertProblem(403, "http/403", invite(contributor, fresh("contributor"), "contributor", "XAJ", null));
        assertProblem(403, "http/403", as(contributor, "GET", "/api/accounts", null));
    }

    @Test
    void eachRoleSeesTheAccountsItMayAndNoOther() {
        String admin = account("administrator", null);
        String secretariat = account("secretariat", null);
        String coordinator = account("coordinator", "XAL");
        String contributor = account("contributor", "XAL");
        String elsewhere = account("contributor", "XAM");
        assertTrue(logins(login(admin)).containsAll(Set.of(admin, secretariat, coordinator, contributor, elsewhere)));
        Set<String> seen = logins(login(secretariat));
        assertTrue(seen.containsAll(Set.of(coordinator, contributor, elsewhere)), seen.toString());
        assertFalse(seen.contains(admin) || seen.contains(secretariat), seen.toString());
        Login national = login(coordinator);
        assertEquals(Set.of(coordinator, contributor), logins(national));
        assertEquals(200, as(national, "GET", "/api/accounts/" + stored(contributor).id(), null).status());
        assertProblem(404, "not-found/account", as(national, "GET", "/api/accounts/" + stored(elsewhere).id(), null));
        assertProblem(404, "not-found/account", as(national, "GET", "/api/accounts/" + stored(admin).id(), null));
    }

    Set<String> logins(Login by) {
        Answer list = as(by, "GET", "/api/accounts", null);
        assertEquals(200, list.status(), list.body());
        return StreamSupport.stream(list.json().spliterator(), false).map(a -> a.get("login").asText()).collect(Collectors.toSet());
    }

    @Test
    void noAccountAnswerHoldsAPasswordHashATotpSecretOrALinkSecret() {
        String login = account("administrator", null);
        Login admin = login(login);
        String invitation = token(invite(admin, fresh("coordinator"), "coordinator", "XAN", "NV/3").json().get("invitation"));
        String reset = token(as(admin, "POST", "/api/accounts/" + stored(login).id() + "/reset", null).json());
        admin = login(login);
        String list = as(admin, "GET", "/api/accounts", null).body();
        String one = as(admin, "GET", "/api/accounts/" + stored(login).id(), null).body();
        String totp = stored(login).totpSecret();
        for (String body : List.of(list, one)) {
            for (String secret : List.of(stored(login).passwordHash(), "$argon2", totp, Totp.base32(java.util.HexFormat.of().parseHex(totp)),
                    invitation, reset, "password_hash", "totp_secret", "token")) {
                assertFalse(body.contains(secret), "an account answer holds " + secret);
            }
        }
        assertTrue(one.contains("\"totp_enrolled\" : true"), one);
    }

    @Test
    void everyChangeToAnAccountIsInTheAuditLog() {
        String login = account("administrator", null);
        Login admin = login(login);
        Answer invited = invite(admin, fresh("contributor"), "contributor", "XAP", null);
        long id = invited.json().get("account").get("id").asLong();
        setPassword(token(invited.json().get("invitation")), PASSWORD);
        setPassword("gci_forged", PASSWORD);
        for (String action : List.of("reset", "deactivate", "activate")) {
            as(admin, "POST", "/api/accounts/" + id + "/" + action, null);
        }
        long self = stored(login).id();
        List<AuditEntry> entries = server.bean(AuditRepository.class).findAllOrderById();
        for (String action : List.of("account.created", "link.issued", "password.set", "account.reset", "account.deactivated",
                "account.activated")) {
            assertTrue(entries.stream().anyMatch(e -> e.action().equals(action) && e.subject().equals("account:" + id)), action);
        }
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("account.deactivated") && Long.valueOf(self).equals(e.accountId())));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("password.set") && Long.valueOf(id).equals(e.accountId())));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("link.refused")));
        for (String action : List.of("totp.offered", "totp.enrolled")) {
            assertTrue(entries.stream().anyMatch(e -> e.action().equals(action) && e.subject().equals("account:" + self)), action);
        }
    }
}
