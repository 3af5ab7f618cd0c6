package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HexFormat;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * The second factor of the secretariat and administrators through the real HTTP layer, run on each
 * database by a subclass: enrolment at the first login, a code at every login, each code once.
 */
abstract class TotpLoginContract extends WithStoredServer {

    @Test
    void theFirstLoginOfAnAdministratorFromTheCommandLineOffersASecretAndItsFirstCodeEnrolsIt() {
        String login = account("administrator", null); // as gapcheck admin create-user makes it
        Answer offer = tryLogin(login, PASSWORD);
        assertProblem(401, "access/totp-enrolment-required", offer);
        assertNull(offer.header("Set-Cookie"));
        assertEquals("no-store", offer.header("Cache-Control"), "no cache keeps the secret");
        assertEquals("application/problem+json", offer.header("Content-Type"));
        JsonNode enrolment = offer.json().get("totp_enrolment");
        String hex = stored(login).totpSecret();
        assertEquals(Totp.base32(HexFormat.of().parseHex(hex)), enrolment.get("secret").asText());
        assertEquals("otpauth://totp/Gapcheck%3A" + login + "?secret=" + enrolment.get("secret").asText()
                + "&issuer=Gapcheck&algorithm=SHA1&digits=6&period=30", enrolment.get("otpauth_uri").asText());
        assertNull(stored(login).totpEnrolledAt(), "offered, not yet enrolled");

        long now = Totp.step(Instant.now());
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD, wrong(code(login, now))));
        assertEquals(201, tryLogin(login, PASSWORD, code(login, now)).status());
        assertNotNull(stored(login).totpEnrolledAt());
        assertEquals(hex, stored(login).totpSecret(), "enrolment keeps the secret offered");
    }

    /** A code that is not {@code code}. */
    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void eachLoginWithoutACodeOffersANewSecretAndTheOldOneStopsCounting() {
        String login = account("secretariat", null);
        assertProblem(401, "access/totp-enrolment-required", tryLogin(login, PASSWORD));
        String first = stored(login).totpSecret();
        String oldCode = code(login, Totp.step(Instant.now()));
        assertProblem(401, "access/totp-enrolment-required", tryLogin(login, PASSWORD));
        assertNotEquals(first, stored(login).totpSecret());
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD, oldCode));
        assertEquals(201, tryLogin(login, PASSWORD, nextCode(login)).status());
    }

    @Test
    void anEnrolledAccountLogsInWithItsPasswordAndCurrentCodeOnly() {
        String login = account("secretariat", null);
        login(login);
        assertProblem(401, "access/totp-required", tryLogin(login, PASSWORD));
        String next = nextCode(login);
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD, wrong(next)));
        assertProblem(401, "access/login-failed", tryLogin(login, "not the password at all", next));
        assertEquals(201, tryLogin(login, PASSWORD, next).status());
    }

    @Test
    void aCodeIsAcceptedOnceAndNoEarlierCodeAfterIt() {
        String login = account("administrator", null);
        login(login);
        long enrolled = stored(login).totpLastStep();
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD, code(login, enrolled)));
        String next = code(login, enrolled + 1);
        assertEquals(201, tryLogin(login, PASSWORD, next).status());
        assertProblem(401, "access/login-failed", tryLogin(login, PASSWORD, next));
        assertEquals(enrolled + 1, stored(login).totpLastStep());
    }

    @Test
    void missingAndWrongCodesCountTowardTheLoginLimit() {
        String login = account("administrator", null);
        login(login);
        String next = nextCode(login);
        assertEquals(401, tryLogin(login, PASSWORD).status());
        for (int i = 1; i < Sessions.FAILURES_PER_LOGIN; i++) {
            assertEquals(401, tryLogin(login, PASSWORD, wrong(next)).status());
        }
        assertProblem(429, "access/too-many-logins", tryLogin(login, PASSWORD, next));
    }

    @Test
    void coordinatorsAndContributorsLogInWithoutACode() {
        assertEquals(201, tryLogin(account("coordinator", "XAF"), PASSWORD).status());
        assertEquals(201, tryLogin(account("contributor", "XAF"), PASSWORD).status());
    }

    @Test
    void anAdministratorForgetsALostTotpAndTheNextLoginEnrolsAfresh() {
        String login = account("secretariat", null);
        Login session = login(login);
        String old = stored(login).totpSecret();
        Login admin = login(account("administrator", null));
        Answer cleared = as(admin, "DELETE", "/api/accounts/" + stored(login).id() + "/totp", null);
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(false, cleared.json().get("totp_enrolled").asBoolean());
        assertEquals(401, as(session, "GET", "/api/session", null).status(), "the open session ended");
        assertProblem(401, "access/totp-enrolment-required", tryLogin(login, PASSWORD));
        assertNotEquals(old, stored(login).totpSecret());
        login(login);
        assertTrue(server.bean(org.gapcheck.storage.AuditRepository.class).findAllOrderById().stream()
                .anyMatch(e -> e.action().equals("totp.cleared") && e.subject().equals("account:" + stored(login).id())));
    }
}
