package org.gapcheck.app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET /app/language?lang=fr}: the header's language links. Remembers the language in the
 * {@code gapcheck_lang} cookie (a year, HttpOnly, SameSite=Lax) and goes back to the page the link
 * was on, where it is one of this site's pages, else to the reports.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class LanguagePage {

    @Get("/language")
    @Produces(Pages.HTML)
    HttpResponse<String> choose(@QueryValue(defaultValue = "") String lang, HttpRequest<?> request) {
        String back = Optional.ofNullable(request.getHeaders().get("Referer")).map(LanguagePage::ownPage).orElse("/app/");
        Optional<String> language = Languages.supported(lang);
        if (language.isEmpty()) {
            return Pages.seeOther(back);
        }
        return Pages.seeOther(back).cookie(Cookie.of(Languages.COOKIE, language.get()).path("/app").httpOnly(true).secure(true)
                .sameSite(SameSite.Lax).maxAge(Duration.ofDays(365)));
    }

    /** The path and query of a page of this site's {@code /app/}, or null: never another site, whatever the header says. */
    private static String ownPage(String referer) {
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/app/") || path.startsWith("/app/language") || path.contains("//")) {
                return null;
            }
            // ?lang= on the page would override the cookie just set: it is left out.
            String query = uri.getRawQuery() == null ? null : String.join("&", java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.startsWith("lang=")).toList());
            return path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
