package org.gapcheck.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.storage.Account;

/**
 * Who an authenticated request comes from, kept in its {@link Authentication}'s attributes. A
 * session carries its account's role; a token carries only its scopes, as roles named
 * {@code scope:...}, whoever created it.
 */
public record Caller(long accountId, @Nullable String country, Via via, long credentialId, @Nullable String csrfToken) {

    /** How the request was authenticated. */
    public enum Via { SESSION, TOKEN, COMMAND_LINE }

    private static final String KEY = "gapcheck.caller";

    /** The role name a token scope takes among the roles of {@code @Secured}. */
    public static String scopeRole(String scope) {
        return "scope:" + scope;
    }

    Authentication authentication(String name, List<String> roles) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(KEY, this);
        return Authentication.build(name, roles, attributes);
    }

    static Authentication ofSession(Account account, long sessionId, String csrfToken) {
        return new Caller(account.id(), account.country(), Via.SESSION, sessionId, csrfToken)
                .authentication(account.login(), List.of(account.role().name()));
    }

    /**
     * The account as the command line acts for it: whoever runs {@code gapcheck} with the database's
     * own credentials may act as any account, and what it does is logged under that account.
     */
    public static Authentication onCommandLine(Account account) {
        return new Caller(account.id(), account.country(), Via.COMMAND_LINE, 0, null)
                .authentication(account.login(), List.of(account.role().name()));
    }

    public static Optional<Caller> of(@Nullable Authentication authentication) {
        return authentication == null ? Optional.empty()
                : Optional.ofNullable(authentication.getAttributes().get(KEY)).map(Caller.class::cast);
    }
}
