package org.gapcheck.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.util.Optional;

/**
 * Headers that tell a browser how little to trust what it is given (ASVS 14.4): every answer says
 * its Content-Type is to be believed ({@code nosniff}) and sends no referrer to other sites; every
 * HTML answer (home page, reports, summaries, Swagger UI; errors are problem+json) carries a Content-Security-Policy
 * that runs scripts from this service's own files only, never inline, so text slipped into a page
 * cannot run; no plugins, no base rewriting, forms post here only, no framing (clickjacking).
 * Styles: the report and the summary are self-contained documents (the same file the CLI writes and
 * the PDF is laid out from), so their stylesheet is inline; it is allowed by its hash
 * ({@link InlineStyles}), not by {@code 'unsafe-inline'}, so a style injected into a page is refused too.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class PageHeadersFilter {

    /**
     * Swagger UI's bundle (micronaut-openapi's copy) adds one style element of constant text as it starts; a new
     * version with another is refused, and the browser test (PagesUnderPolicyTest) names the hash it needs.
     */
    static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
    static final String HEADER = "Content-Security-Policy";
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' " + InlineStyles.sources() + " " + SWAGGER_UI_STYLE
            + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        // A route that sets its own policy knows its page (the browser tests' harness of broken pages).
        if (!response.getHeaders().contains(HEADER) && mayBeHtml(request, response)) {
            response.header(HEADER, POLICY);
        }
    }

    /**
     * A controller's answer, and a static file, get their Content-Type when they are written, after this filter:
     * then the route's types decide (a route that may answer HTML gets the policy whatever it answers), and an
     * answer of no route (a static file) gets it, harmless on a script or a stylesheet.
     */
    private static boolean mayBeHtml(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<MediaType> type = response.getContentType();
        if (type.isPresent()) {
            return html(type.get());
        }
        return RouteAttributes.getRouteInfo(response).or(() -> RouteAttributes.getRouteInfo(request))
                .map(route -> route.getProduces().stream().anyMatch(PageHeadersFilter::html)).orElse(true);
    }

    private static boolean html(MediaType type) {
        return type.getName().equalsIgnoreCase(MediaType.TEXT_HTML);
    }
}
