package org.gapcheck.access.oidc;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Identities;
import org.gapcheck.access.PendingLogins;
import org.gapcheck.access.Sessions;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.text.Printable;

/**
 * What an identity the provider vouched for opens: the session of the active account linked to it,
 * or, for the secretariat and administrators, a pending login that waits for the TOTP code. An
 * identity linked to no account, or to a deactivated one, is refused (said alike) and logged; no
 * account is ever made here.
 */
@Singleton
@Requires(beans = DataSource.class)
final class OidcLogins {

    static final String METHOD = "oidc";

    private final Identities identities;
    private final Sessions sessions;
    private final PendingLogins pending;
    private final AuditLog audit;

    OidcLogins(Identities identities, Sessions sessions, PendingLogins pending, AuditLog audit) {
        this.identities = identities;
        this.sessions = sessions;
        this.pending = pending;
        this.audit = audit;
    }

    /** What a login ends in: a session open, or a secret for the pending login's cookie. */
    sealed interface Outcome permits Opened, Pending {
    }

    record Opened(Sessions.Opened session) implements Outcome {
    }

    record Pending(String secret) implements Outcome {
    }

    /** Logs the identity in, or refuses it with 403 {@code access/identity-not-linked}. */
    Outcome login(String issuer, String subject, String address) {
        Optional<Account> account = identities.account(issuer, subject);
        if (account.isEmpty() || !account.get().active()) {
            audit.append(account.map(Account::id).orElse(null), "login.failed", "identity",
                    "address=" + address + " factor=oidc reason=" + (account.isEmpty() ? "unlinked" : "inactive")
                    + " issuer=" + Printable.of(issuer) + " subject=" + Printable.of(subject));
            throw Refusal.of(403, "access/identity-not-linked", "Identity not linked", "The identity provider vouched for"
                    + " this person, but no active Gapcheck account is linked to that identity. Accounts are invited, never made"
                    + " at login: ask an administrator to link it (gapcheck admin link-identity).");
        }
        if (account.get().needsTotp()) {
            return new Pending(pending.begin(account.get(), METHOD, address));
        }
        return new Opened(sessions.afterFirstFactor(account.get(), null, address, METHOD));
    }

    /** Logs a callback that did not pass the module's checks (state, the token exchange, the ID token, nonce), and refuses it. */
    Refusal failed(String reason, String address) {
        audit.append(null, "login.failed", "oidc", "address=" + address + " factor=oidc reason=" + Printable.of(reason));
        return Refusal.of(401, "access/oidc-failed", "Login with the identity provider failed", "The answer of the identity"
                + " provider could not be checked (its state, its code, its ID token or its nonce), or it refused the login:"
                + " start again from " + OidcSettings.LOGIN_PATH + ".");
    }
}
