package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountIdentity;
import org.gapcheck.storage.AccountIdentityRepository;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.text.Printable;

/**
 * Which identity of an OpenID Connect provider (issuer and subject) logs in as which account. Only
 * an administrator links one, so the provider never makes an account nor chooses which one it
 * opens: the subject, not the e-mail, which a provider may let someone else take later.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class Identities {

    private final AccountIdentityRepository identities;
    private final AccountRepository accounts;
    private final AuditLog audit;

    Identities(AccountIdentityRepository identities, AccountRepository accounts, AuditLog audit) {
        this.identities = identities;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Links the identity to the account of {@code login}, or says which field is wrong (an unknown
     * login, an identity linked already). {@code by} is the administrator, null from the command line.
     */
    public AccountIdentity link(String login, String issuer, String subject, @Nullable Long by) {
        String name = login == null ? "" : login.trim().toLowerCase(java.util.Locale.ROOT);
        Account account = accounts.findByLogin(name).orElseThrow(() -> new AccountException("login", "unknown",
                "there is no account '" + Printable.of(name) + "'"));
        String iss = required("issuer", issuer, 500);
        String sub = required("subject", subject, 255);
        if (!iss.startsWith("https://") && !iss.startsWith("http://")) {
            throw new AccountException("issuer", "invalid", "an issuer is the provider's URL, as its ID tokens' iss claim says it");
        }
        identities.findByIssuerAndSubject(iss, sub).ifPresent(taken -> {
            throw new AccountException("subject", "taken", "this identity is linked to an account already (account:"
                    + taken.accountId() + ")");
        });
        AccountIdentity saved = identities.save(new AccountIdentity(null, account.id(), iss, sub, Instant.now()));
        audit.append(by, "identity.linked", "account:" + account.id(), "issuer=" + Printable.of(iss) + " subject=" + Printable.of(sub));
        return saved;
    }

    /** Removes the link of the identity; whether there was one. */
    public boolean unlink(String issuer, String subject, @Nullable Long by) {
        Optional<AccountIdentity> link = identities.findByIssuerAndSubject(issuer, subject);
        if (link.isEmpty() || identities.unlink(issuer, subject) == 0) {
            return false;
        }
        audit.append(by, "identity.unlinked", "account:" + link.get().accountId(),
                "issuer=" + Printable.of(issuer) + " subject=" + Printable.of(subject));
        return true;
    }

    /** The account the identity is linked to, active or not. */
    public Optional<Account> account(String issuer, String subject) {
        return identities.findByIssuerAndSubject(issuer, subject).flatMap(link -> accounts.findById(link.accountId()));
    }

    private static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new AccountException(field, "invalid", "the " + field + " is 1 to " + max + " characters");
        }
        return trimmed;
    }
}
