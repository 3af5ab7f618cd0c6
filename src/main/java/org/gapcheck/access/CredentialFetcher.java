package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * Turns a request's credential into its caller for Micronaut Security: {@code Authorization: Bearer
 * gct_...} (an API token) or the session cookie. The lookup reads the database, so it runs on the
 * database executor, never on the event loop; a request without either costs nothing.
 */
@Singleton
@Requires(beans = DataSource.class)
final class CredentialFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Sessions sessions;
    private final Tokens tokens;
    private final ExecutorService database;

    CredentialFetcher(Sessions sessions, Tokens tokens, @Named(DatabaseExecutor.NAME) ExecutorService database) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.database = database;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> bearer = request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
        Optional<String> cookie = request.getCookies().findCookie(Sessions.COOKIE).map(Cookie::getValue);
        if (bearer.isEmpty() && cookie.isEmpty()) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> (bearer.isPresent() ? tokens.resume(bearer.get()) : sessions.resume(cookie.get())).orElse(null), database));
    }
}
