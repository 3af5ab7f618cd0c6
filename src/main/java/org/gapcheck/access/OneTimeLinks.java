package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.OneTimeLink;
import org.gapcheck.storage.OneTimeLink.Purpose;
import org.gapcheck.storage.OneTimeLinkRepository;
import org.gapcheck.text.Sha256;

/**
 * Links that set an account's password once: an invitation (valid 72 hours) or a reset (24 hours).
 * The secret is shown once, in the link's path, and kept as its SHA-256. A link works once, before
 * it expires, for an active account, and only while it is its account's newest: a new link
 * replaces the old. Unknown, used, expired and replaced links are refused alike.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class OneTimeLinks {

    static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    static final Duration RESET_LIFETIME = Duration.ofHours(24);
    /** The page of the web interface that takes the token and asks for the password. */
    static final String PAGE = "/set-password?token=";

    private final OneTimeLinkRepository links;
    private final AccountRepository accounts;
    private final Sessions sessions;
    private final AuditLog audit;

    OneTimeLinks(OneTimeLinkRepository links, AccountRepository accounts, Sessions sessions, AuditLog audit) {
        this.links = links;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** A link just issued: its path with the secret (shown this once) and when it expires. */
    public record Issued(String path, Instant expiresAt) {
    }

    Issued issue(long accountId, Purpose purpose, long by) {
        String secret = Secrets.newSecret(purpose == Purpose.INVITATION ? "gci_" : "gcr_");
        Instant now = Instant.now();
        Instant expires = now.plus(purpose == Purpose.INVITATION ? INVITATION_LIFETIME : RESET_LIFETIME);
        OneTimeLink link = links.save(new OneTimeLink(null, Sha256.hex(secret), accountId, purpose, by, now, expires, null));
        audit.append(by, "link.issued", "account:" + accountId, "link=" + link.id() + " purpose=" + purpose + " expires=" + expires);
        return new Issued(PAGE + secret, expires);
    }

    /**
     * Sets the password of the link's account and spends the link, ending the account's open
     * sessions; or 400 {@code access/link-invalid}, or 400 naming {@code password} (the link is kept).
     */
    public void setPassword(String token, String password, String address) {
        Instant now = Instant.now();
        Optional<OneTimeLink> link = token == null || !(token.startsWith("gci_") || token.startsWith("gcr_")) ? Optional.empty()
                : links.findByTokenHash(Sha256.hex(token)).filter(l -> l.usableAt(now))
                        .filter(l -> links.findFirstByAccountIdOrderByIdDesc(l.accountId()).map(OneTimeLink::id).orElse(-1L).equals(l.id()));
        Optional<Account> account = link.flatMap(l -> accounts.findById(l.accountId())).filter(Account::active);
        if (account.isEmpty()) {
            throw refused(address);
        }
        Passwords.weakness(password == null ? "" : password).ifPresent(why -> {
            throw new AccountException("password", "weak", why);
        });
        String hash = Passwords.hash(password);
        if (links.markUsed(link.get().id(), now) == 0) {
            throw refused(address); // another request used it a moment ago
        }
        long id = account.get().id();
        accounts.updatePasswordHash(id, hash);
        int ended = sessions.endAll(id);
        audit.append(id, "password.set", "account:" + id, "link=" + link.get().id() + " purpose=" + link.get().purpose()
                + " sessions_ended=" + ended + " address=" + address);
    }

    private Refusal refused(String address) {
        audit.append(null, "link.refused", "link", "address=" + address);
        return Refusal.invalid("access/link-invalid", "Invalid link", "token", "invalid", "This link is unknown, used, expired or"
                + " replaced by a newer one; ask an administrator for a new one.");
    }
}
