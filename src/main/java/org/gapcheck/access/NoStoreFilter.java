package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import javax.sql.DataSource;

/**
 * The answers of the access routes carry secrets shown once (a session's CSRF token, an API
 * token, an invitation or reset link, a TOTP secret) or account data: no cache keeps them
 * (ASVS 8.2.1).
 */
@ServerFilter({"/api/session/**", "/api/tokens/**", "/api/accounts/**", "/api/password/**"})
@Requires(beans = DataSource.class)
final class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
