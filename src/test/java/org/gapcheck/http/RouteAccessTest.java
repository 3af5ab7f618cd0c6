package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/** Every route says who may call it; one that does not is refused, not opened. */
@MicronautTest(transactional = false)
@Property(name = "gapcheck.test.unsecured-probe", value = "true")
class RouteAccessTest extends WithDatabase {

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void everyApplicationRouteCarriesAnExplicitAccessRule() {
        List<String> unsecured = router.uriRoutes()
                .map(UriRouteInfo.class::cast)
                .filter(r -> r.getDeclaringType().getPackageName().startsWith("org.gapcheck"))
                .filter(r -> !r.getTargetMethod().hasAnnotation(Secured.class))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate())
                .distinct()
                .filter(route -> !route.startsWith("HEAD ")) // Micronaut adds HEAD beside each GET
                .toList();
        // The probe is the one route without a rule, which also shows the check can see one.
        assertEquals(List.of("GET /unsecured-probe"), unsecured, "routes without @Secured");
        assertTrue(router.uriRoutes().count() > 10, "the routes were found");
    }

    @Test
    void aRouteWithoutARuleIsRefused() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/unsecured-probe"), String.class));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void staticResourcesAndHealthStayOpen() {
        assertEquals(HttpStatus.OK, client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).getStatus());
        assertEquals(HttpStatus.OK, client.toBlocking().exchange(HttpRequest.GET("/swagger/gapcheck.yml"), String.class).getStatus());
    }
}
