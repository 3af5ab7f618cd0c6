package org.gapcheck.app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak, and which one a request gets: {@code ?lang=}, else the
 * {@code gapcheck_lang} cookie, else the browser's {@code Accept-Language}, else English.
 */
public final class Languages {

    /** English is complete; a language is listed once its bundle is (a test holds each to English's keys). */
    public static final List<String> SUPPORTED = List.of("en", "fr");
    static final String COOKIE = "gapcheck_lang";

    private Languages() {
    }

    public static Messages of(HttpRequest<?> request) {
        return Messages.of(choose(request));
    }

    static String choose(HttpRequest<?> request) {
        return choose(request.getParameters().getFirst("lang").orElse(null),
                request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null), request.getHeaders().get("Accept-Language"));
    }

    /** The language asked for by {@code ?lang=}, else remembered in the cookie, else the browser's first we speak, else English. */
    static String choose(String parameter, String cookie, String acceptLanguage) {
        Optional<String> asked = Optional.ofNullable(parameter).flatMap(Languages::supportedOrPseudo)
                .or(() -> Optional.ofNullable(cookie).flatMap(Languages::supportedOrPseudo));
        if (asked.isPresent()) {
            return asked.get();
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Optional<String> match = supported(range.getRange());
                    if (match.isPresent()) {
                        return match.get();
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header asks for nothing.
            }
        }
        return "en";
    }

    /** As {@link #supported}, and the pseudo-locales the browser tests ask for by name ({@link Pseudo}), never by Accept-Language. */
    private static Optional<String> supportedOrPseudo(String tag) {
        return Pseudo.is(tag) ? Optional.of(tag.equalsIgnoreCase(Pseudo.ACCENTED) ? Pseudo.ACCENTED : Pseudo.RIGHT_TO_LEFT) : supported(tag);
    }

    /** The supported language {@code tag} names (en for en-GB), if any. */
    static Optional<String> supported(String tag) {
        String language = tag.toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(s -> language.equals(s) || language.startsWith(s + "-")).findFirst();
    }
}
