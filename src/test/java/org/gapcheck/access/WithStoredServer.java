package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.testing.ServerPerClass;
import org.gapcheck.testing.StoredServer.Answer;

/**
 * A server on a database of the subclass's choosing, and what the HTTP cases of access do with it:
 * make accounts, log in (with a TOTP code where the role needs one, enrolling first), and send as
 * a session. Each case makes its own accounts, so cases do not meet.
 */
abstract class WithStoredServer extends ServerPerClass {

    static final String PASSWORD = "correct horse battery";
    static final AtomicInteger NEXT = new AtomicInteger();

    /** A logged-in browser: its cookie header and CSRF token. */
    record Login(String cookie, String csrf) {
    }

    /** A new account with {@link #PASSWORD}, as {@code gapcheck admin create-user} makes it; its login. */
    String account(String role, String country) {
        String login = role + "-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
        server.bean(Accounts.class).create(new Accounts.Request(login, role, country, role.equals("coordinator") ? "NV/2026/1" : null,
                PASSWORD), null);
        return login;
    }

    Account stored(String login) {
        return server.bean(AccountRepository.class).findByLogin(login).orElseThrow();
    }

    Answer tryLogin(String login, String password) {
        return tryLogin(login, password, null);
    }

    Answer tryLogin(String login, String password, String totp) {
        return server.send("POST", "/api/session", "{\"login\": \"" + login + "\", \"password\": \"" + password + "\""
                + (totp == null ? "" : ", \"totp\": \"" + totp + "\"") + "}");
    }

    /** Logs in with {@link #PASSWORD}, enrolling in TOTP first where the account needs it and has none. */
    Login login(String login) {
        if (!stored(login).needsTotp()) {
            return opened(tryLogin(login, PASSWORD));
        }
        if (stored(login).totpEnrolledAt() == null) {
            Answer offer = tryLogin(login, PASSWORD);
            assertEquals(401, offer.status(), offer.body());
        }
        return opened(tryLogin(login, PASSWORD, nextCode(login)));
    }

    static Login opened(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        String setCookie = answer.header("Set-Cookie");
        return new Login(setCookie.substring(0, setCookie.indexOf(';')), answer.json().get("csrf_token").asText());
    }

    /**
     * The code of the account's offered or enrolled secret for the first step after its last
     * accepted one that the server takes now (one step ahead at most), waiting when that is further.
     */
    String nextCode(String login) {
        Account account = stored(login);
        long now = Totp.step(Instant.now());
        long step = account.totpLastStep() == null ? now : Math.max(now, account.totpLastStep() + 1);
        if (step > now + 1) {
            try {
                Thread.sleep((step - 1) * Totp.STEP_SECONDS * 1000 - System.currentTimeMillis() + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return code(login, step);
    }

    String code(String login, long step) {
        return new Totp().code(HexFormat.of().parseHex(stored(login).totpSecret()), step);
    }

    static void assertProblem(int status, String type, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(type, answer.json().get("type").asText(), answer.body());
    }

    Answer as(Login login, String method, String path, String json) {
        return server.send(method, path, json, "Cookie", login.cookie(), CsrfFilter.HEADER, login.csrf());
    }
}
