package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.ApiToken;
import org.gapcheck.storage.ApiTokenRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.text.Sha256;

/**
 * API tokens: an administrator creates one with a name, scopes and a lifetime; its secret is shown
 * once and kept as its SHA-256. A token always expires (at most a year) and can be revoked; a
 * revoked or expired token is refused by every process at its next request.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class Tokens {

    /** What a token may be allowed to do; a scope names the routes that accept it. */
    public static final Set<String> SCOPES = Set.of("ruleset:validate");
    public static final int MAX_DAYS = 365;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;

    Tokens(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A token just created, its secret shown this once. */
    public record Issued(String secret, ApiToken token) {
    }

    public Issued create(String name, List<String> scopes, int days, long by) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw new AccountException("name", "invalid", "a token's name is 1 to 100 characters, saying what uses it");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new AccountException("scopes", "required", "a token has at least one scope; the scopes are " + new TreeSet<>(SCOPES));
        }
        for (String scope : scopes) {
            if (!SCOPES.contains(scope)) {
                throw new AccountException("scopes", "invalid", "'" + org.gapcheck.text.Printable.of(String.valueOf(scope))
                        + "' is not a scope; the scopes are " + new TreeSet<>(SCOPES));
            }
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new AccountException("days", "invalid", "a token lives 1 to " + MAX_DAYS + " days, not " + days);
        }
        String secret = Secrets.newSecret("gct_");
        Instant now = Instant.now();
        ApiToken token = tokens.save(new ApiToken(null, Sha256.hex(secret), label, String.join(" ", new TreeSet<>(scopes)), by,
                now, now.plus(Duration.ofDays(days)), null, null));
        audit.append(by, "token.created", "token:" + token.id(), "name=" + label + " scopes=" + token.scopes());
        return new Issued(secret, token);
    }

    public List<ApiToken> list() {
        return tokens.findAllOrderById();
    }

    /** Revokes the token; false when there is none with that id. */
    public boolean revoke(long id, long by) {
        Optional<ApiToken> token = tokens.findById(id);
        if (token.isEmpty()) {
            return false;
        }
        if (token.get().revokedAt() == null) {
            tokens.updateRevokedAt(id, Instant.now());
            audit.append(by, "token.revoked", "token:" + id, null);
        }
        return true;
    }

    /** The caller of a request bearing {@code secret}, if the token is usable and its creator still active. */
    public Optional<Authentication> resume(String secret) {
        if (secret == null || !secret.startsWith("gct_")) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<ApiToken> found = tokens.findByTokenHash(Sha256.hex(secret)).filter(t -> t.usableAt(now));
        if (found.isEmpty() || accounts.findById(found.get().createdBy()).filter(a -> a.active()).isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        if (token.lastUsedAt() == null || now.isAfter(token.lastUsedAt().plus(TOUCH_EVERY))) {
            tokens.updateLastUsedAt(token.id(), now);
        }
        List<String> roles = Arrays.stream(token.scopes().split(" ")).map(Caller::scopeRole).toList();
        return Optional.of(new Caller(token.createdBy(), null, Caller.Via.TOKEN, token.id(), null)
                .authentication("token:" + token.name(), roles));
    }
}
