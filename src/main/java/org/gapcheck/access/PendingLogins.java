package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.PendingLogin;
import org.gapcheck.storage.PendingLoginRepository;
import org.gapcheck.text.Sha256;

/**
 * A login whose first factor came from elsewhere (an OpenID Connect provider) and whose account
 * needs its TOTP code too: the browser holds a secret for 5 minutes, then sends it with the code to
 * {@code POST /api/session/totp}, which takes the same steps as a password login's code (the limit,
 * enrolment, each code once). The secret works once; it is kept as its SHA-256.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class PendingLogins {

    /** The cookie that carries the secret, {@code gcp_} and 256 random bits, to the second step only. */
    public static final String COOKIE = "gapcheck_pending";
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final PendingLoginRepository pending;
    private final AccountRepository accounts;
    private final Sessions sessions;
    private final AuditLog audit;

    PendingLogins(PendingLoginRepository pending, AccountRepository accounts, Sessions sessions, AuditLog audit) {
        this.pending = pending;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The cookie of a pending login: HttpOnly, Secure, SameSite=Strict, sent only to {@code /api/session}. */
    public static io.micronaut.http.cookie.Cookie cookie(String secret) {
        return io.micronaut.http.cookie.Cookie.of(COOKIE, secret).httpOnly(true).secure(true)
                .sameSite(io.micronaut.http.cookie.SameSite.Strict).path("/api/session").maxAge(LIFETIME);
    }

    /** Records that {@code account} passed its first factor by {@code method}; the secret for the cookie. */
    public String begin(Account account, String method, String address) {
        String secret = Secrets.newSecret("gcp_");
        Instant now = Instant.now();
        PendingLogin saved = pending.save(new PendingLogin(null, Sha256.hex(secret), account.id(), method, now, now.plus(LIFETIME), null));
        audit.append(account.id(), "login.pending", "pending:" + saved.id(), "address=" + address + " method=" + method + " factor=totp");
        return secret;
    }

    /**
     * Opens the session of the pending login {@code secret} if {@code totp} passes; refuses as a
     * password login's code is refused, or with 401 {@code access/login-failed} for a secret
     * unknown, used or expired, or of an account deactivated since.
     */
    Sessions.Opened complete(@Nullable String secret, @Nullable String totp, String address) {
        Instant now = Instant.now();
        Optional<PendingLogin> login = secret == null || !secret.startsWith("gcp_") ? Optional.empty()
                : pending.findByTokenHash(Sha256.hex(secret)).filter(p -> p.usableAt(now));
        Optional<Account> account = login.flatMap(p -> accounts.findById(p.accountId())).filter(Account::active);
        if (account.isEmpty()) {
            audit.append(null, "login.failed", "pending", "address=" + address + " factor=pending");
            throw Refusal.of(401, "access/login-failed", "Login failed", "This login is unknown, used or more than "
                    + LIFETIME.toMinutes() + " minutes old, or its account is not active: log in again.");
        }
        Sessions.Opened opened = sessions.afterFirstFactor(account.get(), totp, address, login.get().method());
        if (pending.markUsed(login.get().id(), now) == 0) {
            sessions.end(opened.session().id()); // another request completed it a moment ago: that one keeps its session
            throw Refusal.of(401, "access/login-failed", "Login failed", "This login was completed already: log in again.");
        }
        return opened;
    }
}
