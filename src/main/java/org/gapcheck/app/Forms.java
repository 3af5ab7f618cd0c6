package org.gapcheck.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.gapcheck.access.Caller;

/**
 * What the pages' HTML forms send. A plain form cannot set the {@code X-CSRF-Token} header the API
 * asks of a session, so every form a signed-in person posts carries the session's token in the
 * field {@value #TOKEN} and its route checks it here ({@code access.CsrfFilter} leaves form posts
 * under {@code /app/} to their route; {@code AppFormsTest} posts each without the token).
 */
final class Forms {

    static final String TOKEN = "_csrf";

    private Forms() {
    }

    /** An error on the form: the field it is about (its id on the page) and how to put it right. */
    record Error(String field, String message) {
    }

    /** A field's value, "" where the form did not send it; the first where it sent several. */
    static String value(Map<String, Object> form, String field) {
        Object value = form.get(field);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? "" : value.toString();
    }

    /** The draft version a form was read at ({@code base}), or null where it sent none (a save then checks no conflict). */
    static Long base(Map<String, Object> form) {
        String base = value(form, "base");
        return base.matches("\\d{1,18}") ? Long.valueOf(base) : null;
    }

    static boolean tokenMatches(@Nullable Caller caller, Map<String, Object> form) {
        return caller != null && caller.csrfToken() != null && MessageDigest.isEqual(
                caller.csrfToken().getBytes(StandardCharsets.UTF_8), value(form, TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A form post as its route starts from it: the caller, the fields and the language; or, in
     * {@code refusal}, the answer it gets instead (no session: the sign-in form; no token: 403).
     */
    record Post(@Nullable Caller caller, Map<String, Object> form, Messages m, @Nullable MutableHttpResponse<String> refusal,
                @Nullable Report report) {

        static Post of(@Nullable io.micronaut.security.authentication.Authentication authentication, @Nullable Map<String, Object> body,
                       io.micronaut.http.HttpRequest<?> request, Pages pages) {
            Map<String, Object> form = body == null ? Map.of() : body;
            Caller caller = Caller.of(authentication).orElse(null);
            Messages m = Languages.of(request);
            MutableHttpResponse<String> refusal = caller == null ? Pages.signIn(request) : !tokenMatches(caller, form) ? refused(pages, m) : null;
            return new Post(caller, form, m, refusal, null);
        }

        /** A post to a report's page ({@code /app/{iso3}/{year}/...}): as {@link #of}, and "Page not found" where they name no report. */
        static Post toReport(@Nullable io.micronaut.security.authentication.Authentication authentication, @Nullable Map<String, Object> body,
                             io.micronaut.http.HttpRequest<?> request, Pages pages, String iso3, String year) {
            Post post = of(authentication, body, request, pages);
            Report report = Report.of(iso3, year).orElse(null);
            return post.refusal() != null || report != null ? new Post(post.caller(), post.form(), post.m(), post.refusal(), report)
                    : new Post(post.caller(), post.form(), post.m(), pages.notFound(post.m()), null);
        }
    }

    /** The answer to a form post without the session's token: 403, and what to do. */
    static MutableHttpResponse<String> refused(Pages pages, Messages m) {
        return pages.message(HttpStatus.FORBIDDEN, m, m.get("forbidden_title"), m.get("csrf_text"));
    }
}
