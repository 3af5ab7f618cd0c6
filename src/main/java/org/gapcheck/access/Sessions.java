package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.LoginSession;
import org.gapcheck.storage.LoginSessionRepository;
import org.gapcheck.text.Sha256;

/**
 * Logs in, resumes and ends browser sessions. A session ends after {@code idle-timeout} without a
 * request (30 minutes by default) or {@code max-age} after login (12 hours), as ASVS 3.3.2 asks;
 * its last use is written at most once a minute, so a page of many requests costs one write.
 * Failed logins are counted per login and per client address; past the limit even the right
 * password is refused until the window has passed.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class Sessions {

    /** The cookie; its value is {@code gcs_} and 256 random bits. */
    public static final String COOKIE = "gapcheck_session";
    static final int FAILURES_PER_LOGIN = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final LoginSessionRepository sessions;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final SecondFactor secondFactor;
    private final Duration idleTimeout;
    private final Duration maxAge;
    /** How stale the last use may be before it is written again: a minute, or less for a short timeout. */
    private final Duration touchEvery;

    Sessions(AccountRepository accounts, LoginSessionRepository sessions, RateLimiter limiter, AuditLog audit, SecondFactor secondFactor,
             @Value("${gapcheck.sessions.idle-timeout:30m}") Duration idleTimeout,
             @Value("${gapcheck.sessions.max-age:12h}") Duration maxAge) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
        this.touchEvery = idleTimeout.dividedBy(30).compareTo(Duration.ofMinutes(1)) < 0 ? idleTimeout.dividedBy(30) : Duration.ofMinutes(1);
    }

    /** A session just opened: the cookie's value (shown this once) and the row. */
    public record Opened(String secret, LoginSession session, Account account) {
    }

    /** The cookie that carries a session's secret: HttpOnly, Secure, SameSite=Strict, for the whole site. */
    public static io.micronaut.http.cookie.Cookie cookie(String secret) {
        return io.micronaut.http.cookie.Cookie.of(COOKIE, secret).httpOnly(true).secure(true)
                .sameSite(io.micronaut.http.cookie.SameSite.Strict).path("/");
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * Opens a session, or refuses with 401 (wrong login, password or TOTP code, all said alike; a
     * missing code; an enrolment to make) or 429. {@code totp} is needed by the secretariat and administrators.
     */
    public Opened login(String login, String password, @Nullable String totp, String address) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        throttle(name, address);
        Optional<Account> account = name.isEmpty() ? Optional.empty() : accounts.findByLogin(name);
        boolean matches = Passwords.matches(password == null ? "" : password, account.map(Account::passwordHash).orElse(null));
        if (!matches || !account.get().active()) {
            throw failed(account, name, address, "password", loginFailed());
        }
        return open(account.get(), totp, address, "password");
    }

    /**
     * Opens a session for {@code account}, whose first factor {@code method} (an OpenID Connect
     * provider) has passed, once its TOTP code passes where it needs one: the same limit, refusals
     * and enrolment as a password login.
     */
    public Opened afterFirstFactor(Account account, @Nullable String totp, String address, String method) {
        throttle(account.login(), address);
        return open(account, totp, address, method);
    }

    private Opened open(Account account, @Nullable String totp, String address, String method) {
        String name = account.login();
        if (account.needsTotp()) {
            switch (secondFactor.check(account, totp)) {
                case ENROL -> throw secondFactor.offer(account);
                case MISSING -> throw failed(Optional.of(account), name, address, "totp missing", Refusal.of(401, "access/totp-required",
                        "TOTP code required", "This account logs in with the current code of its authenticator app in totp,"
                        + " as well as its password."));
                case WRONG -> throw failed(Optional.of(account), name, address, "totp", loginFailed());
                case PASSED -> { }
            }
        }
        limiter.clear("login:" + name);
        String secret = Secrets.newSecret("gcs_");
        Instant now = Instant.now();
        LoginSession session = sessions.save(new LoginSession(null, Sha256.hex(secret), account.id(),
                Secrets.newSecret(""), now, now, null));
        audit.append(account.id(), "login", "session:" + session.id(), "address=" + address + " method=" + method);
        return new Opened(secret, session, account);
    }

    /** 429 while failures for this login or from this address are past their limit. */
    private void throttle(String name, String address) {
        long wait = Math.max(limiter.waitSeconds("login:" + name, FAILURES_PER_LOGIN, FAILURE_WINDOW),
                limiter.waitSeconds("login-address:" + address, FAILURES_PER_ADDRESS, FAILURE_WINDOW));
        if (wait > 0) {
            audit.append(null, "login.throttled", "login:" + org.gapcheck.text.Printable.of(name), "address=" + address);
            throw Refusal.tooMany("access/too-many-logins", "Too many failed logins for this account or from this address;"
                    + " try again in " + wait + " seconds.", (int) Math.min(Integer.MAX_VALUE, wait));
        }
    }

    private static Refusal loginFailed() {
        return Refusal.of(401, "access/login-failed", "Login failed", "The login, the password or the TOTP code is wrong, or"
                + " the account is not active.");
    }

    /** Counts a failed login against its login and its address, logs it, and gives the refusal to throw. */
    private Refusal failed(Optional<Account> account, String name, String address, String factor, Refusal refusal) {
        limiter.record("login:" + name);
        limiter.record("login-address:" + address);
        audit.append(account.map(Account::id).orElse(null), "login.failed", "login:" + org.gapcheck.text.Printable.of(name),
                "address=" + address + " factor=" + factor);
        return refusal;
    }

    /** The caller of a request bearing {@code secret} in its cookie, if the session is still open. */
    public Optional<Authentication> resume(String secret) {
        if (secret == null || !secret.startsWith("gcs_")) {
            return Optional.empty();
        }
        Optional<LoginSession> found = sessions.findByTokenHash(Sha256.hex(secret));
        if (found.isEmpty() || found.get().revokedAt() != null) {
            return Optional.empty();
        }
        LoginSession session = found.get();
        Instant now = Instant.now();
        if (now.isAfter(session.lastSeenAt().plus(idleTimeout)) || now.isAfter(session.createdAt().plus(maxAge))) {
            sessions.updateRevokedAt(session.id(), now);
            return Optional.empty();
        }
        Optional<Account> account = accounts.findById(session.accountId()).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt().plus(touchEvery))) {
            sessions.updateLastSeenAt(session.id(), now);
        }
        return Optional.of(Caller.ofSession(account.get(), session.id(), session.csrfToken()));
    }

    /** Ends every open session of the account (a reset, a new password, a deactivation); the number ended. */
    public int endAll(long accountId) {
        return sessions.revokeOpen(accountId, Instant.now());
    }

    /** Ends one session now. */
    void end(long sessionId) {
        sessions.updateRevokedAt(sessionId, Instant.now());
    }

    public void logout(Caller caller) {
        sessions.updateRevokedAt(caller.credentialId(), Instant.now());
        audit.append(caller.accountId(), "logout", "session:" + caller.credentialId(), null);
    }
}
