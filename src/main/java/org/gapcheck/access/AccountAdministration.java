package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.Account.Role;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.OneTimeLink.Purpose;

/**
 * Who may make and manage which accounts. An administrator manages every account; the secretariat
 * invites coordinators and sees the national accounts; a coordinator invites contributors of its
 * own country and sees its country's accounts. Resets, deactivation and TOTP are the administrators'.
 */
@Singleton
@Requires(beans = DataSource.class)
public final class AccountAdministration {

    private final Accounts accounts;
    private final AccountRepository repository;
    private final OneTimeLinks links;
    private final Sessions sessions;
    private final AuditLog audit;

    AccountAdministration(Accounts accounts, AccountRepository repository, OneTimeLinks links, Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.repository = repository;
        this.links = links;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Who acts: an account, its role and, for a coordinator, its country. */
    public record Acting(long accountId, Role role, @Nullable String country) {
    }

    /** An account just invited, and the link that sets its password. */
    public record Invited(Account account, OneTimeLinks.Issued invitation) {
    }

    /** Creates an account without a password, and its invitation; 403 where {@code by} may not create that role or country. */
    public Invited invite(Accounts.Request request, Acting by) {
        Role role = Accounts.role(request.role());
        String country = request.country();
        if (by.role() == Role.SECRETARIAT && role != Role.COORDINATOR) {
            throw forbidden("The secretariat creates coordinator accounts only; an administrator creates the others.");
        }
        if (by.role() == Role.COORDINATOR) {
            if (role != Role.CONTRIBUTOR) {
                throw forbidden("A coordinator creates contributor accounts only.");
            }
            if (country != null && !country.isBlank() && !country.trim().equalsIgnoreCase(by.country())) {
                throw forbidden("A coordinator creates contributors for its own country, " + by.country() + ", only.");
            }
            country = by.country();
        }
        Account account = accounts.create(new Accounts.Request(request.login(), request.role(), country,
                request.nominationReference(), null), by.accountId());
        return new Invited(account, links.issue(account.id(), Purpose.INVITATION, by.accountId()));
    }

    /** The accounts {@code by} may see, by login. */
    public List<Account> list(Acting by) {
        // One rule for the list and for each account: what may be seen is filtered here, not queried per role.
        return repository.findAllOrderByLogin().stream().filter(a -> visible(a, by)).toList();
    }

    /** The account, if {@code by} may see it; 404 {@code not-found/account} otherwise, as if it did not exist. */
    public Account get(long id, Acting by) {
        return repository.findById(id).filter(a -> visible(a, by)).orElseThrow(() -> Refusal.of(404, "not-found/account",
                "Not found", "no account with id " + id));
    }

    /** A reset link for the account, which ends its open sessions (an administrator's). */
    public OneTimeLinks.Issued reset(long id, Acting by) {
        Account account = get(id, by);
        int ended = sessions.endAll(account.id());
        audit.append(by.accountId(), "account.reset", "account:" + id, "sessions_ended=" + ended);
        return links.issue(account.id(), Purpose.RESET, by.accountId());
    }

    /** Activates or deactivates the account (an administrator's, never its own); deactivating ends its sessions. */
    public Account setActive(long id, boolean active, Acting by) {
        Account account = get(id, by);
        if (!active && id == by.accountId()) {
            throw forbidden("An administrator cannot deactivate its own account; another administrator can.");
        }
        if (account.active() != active) {
            repository.updateActive(id, active);
            int ended = active ? 0 : sessions.endAll(id);
            audit.append(by.accountId(), active ? "account.activated" : "account.deactivated", "account:" + id,
                    active ? null : "sessions_ended=" + ended);
        }
        return repository.findById(id).orElseThrow();
    }

    /** Forgets the account's TOTP (a lost phone): its next login enrols afresh; its open sessions end. */
    public Account clearTotp(long id, Acting by) {
        Account account = get(id, by);
        repository.clearTotp(account.id());
        int ended = sessions.endAll(id);
        audit.append(by.accountId(), "totp.cleared", "account:" + id, "sessions_ended=" + ended);
        return repository.findById(id).orElseThrow();
    }

    private static boolean visible(Account account, Acting by) {
        return switch (by.role()) {
            case ADMINISTRATOR -> true;
            case SECRETARIAT -> account.national();
            case COORDINATOR -> account.country() != null && account.country().equals(by.country());
            case CONTRIBUTOR -> account.id() == by.accountId();
        };
    }

    private static Refusal forbidden(String detail) {
        return Refusal.of(403, "access/forbidden", "Forbidden", detail);
    }
}
