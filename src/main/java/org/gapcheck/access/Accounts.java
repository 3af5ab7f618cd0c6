package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.Account.Role;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;

/** Makes accounts: one place for the rules on logins, roles, countries, nominations and passwords. */
@Singleton
@Requires(beans = DataSource.class)
public final class Accounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private final AccountRepository accounts;
    private final AuditLog audit;

    Accounts(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** What a new account is to be. {@code password} may be null for an invited account. */
    public record Request(String login, String role, @Nullable String country, @Nullable String nominationReference,
                          @Nullable String password) {
    }

    /**
     * Creates the account, or says which field is wrong. {@code by} is the account making it, null
     * for {@code gapcheck admin create-user}.
     */
    public Account create(Request request, @Nullable Long by) {
        String login = request.login() == null ? "" : request.login().trim().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new AccountException("login", "invalid", "a login is 3 to 100 characters: lower-case letters, digits and . _ @ -,"
                    + " starting with a letter or digit");
        }
        Role role = role(request.role());
        boolean national = role == Role.COORDINATOR || role == Role.CONTRIBUTOR;
        String country = request.country() == null || request.country().isBlank() ? null : request.country().trim().toUpperCase(Locale.ROOT);
        if (national && country == null) {
            throw new AccountException("country", "required", "a " + role.name().toLowerCase(Locale.ROOT) + " speaks for one country:"
                    + " give its ISO 3166 alpha-3 code");
        }
        if (!national && country != null) {
            throw new AccountException("country", "invalid", "the " + role.name().toLowerCase(Locale.ROOT) + " speaks for no country");
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new AccountException("country", "invalid", "'" + org.gapcheck.text.Printable.of(country)
                    + "' is not an ISO 3166 alpha-3 code (three letters)");
        }
        String nomination = request.nominationReference() == null || request.nominationReference().isBlank()
                ? null : request.nominationReference().trim();
        if (role == Role.COORDINATOR && nomination == null) {
            throw new AccountException("nomination_reference", "required", "a coordinator speaks for its State: give the reference"
                    + " of the nomination (e.g. the note verbale)");
        }
        if (nomination != null && nomination.length() > 200) {
            throw new AccountException("nomination_reference", "invalid", "a nomination reference has at most 200 characters");
        }
        String hash = null;
        if (request.password() != null) {
            Passwords.weakness(request.password()).ifPresent(why -> {
                throw new AccountException("password", "weak", why);
            });
            hash = Passwords.hash(request.password());
        }
        if (accounts.findByLogin(login).isPresent()) {
            throw new AccountException("login", "taken", "an account '" + login + "' exists already");
        }
        Account saved = accounts.save(new Account(null, login, role, country, hash, true, Instant.now(), nomination, by,
                null, null, null));
        audit.append(by, "account.created", "account:" + saved.id(),
                "login=" + login + " role=" + role + (country == null ? "" : " country=" + country));
        return saved;
    }

    static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return role;
            }
        }
        throw new AccountException("role", "invalid", "'" + org.gapcheck.text.Printable.of(String.valueOf(name))
                + "' is not a role; the roles are coordinator, contributor, secretariat and administrator");
    }
}
