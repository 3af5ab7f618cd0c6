package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.Set;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.reactivestreams.Publisher;

/**
 * Cross-site request forgery: a request authenticated by the session cookie that may change
 * something (any method but GET, HEAD, OPTIONS and TRACE) must carry the session's token in
 * {@code X-CSRF-Token}, which a page of another site cannot read or set. Requests with a bearer
 * token or none carry no ambient credential and pass; the cookie is also SameSite=Strict.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(beans = DataSource.class)
final class CsrfFilter implements HttpServerFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!SAFE.contains(request.getMethod())) {
            Caller caller = Caller.of(request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null)).orElse(null);
            if (caller != null && caller.via() == Caller.Via.SESSION && !pageForm(request)
                    && !Secrets.same(caller.csrfToken(), request.getHeaders().get(HEADER))) {
                return Publishers.just(new Problem("access/csrf", "Missing or wrong CSRF token", 403, "A request of a browser"
                        + " session that changes something carries the session's token in the " + HEADER + " header"
                        + " (GET /api/session gives it).", request.getPath(), null, java.util.List.of()).response());
            }
        }
        return chain.proceed(request);
    }

    /**
     * A page's HTML form, which cannot set a header: it carries the token in a field, which its route
     * checks (app.Forms), since a filter does not read the body.
     */
    private static boolean pageForm(HttpRequest<?> request) {
        return request.getPath().startsWith("/app/") && request.getContentType()
                .filter(type -> type.getName().equalsIgnoreCase(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED)
                        || type.getName().equalsIgnoreCase(io.micronaut.http.MediaType.MULTIPART_FORM_DATA)).isPresent();
    }

    @Override
    public int getOrder() {
        // After Micronaut Security's filter has authenticated the request.
        return ServerFilterPhase.SECURITY.after();
    }
}
