package org.gapcheck.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.ClientAddress;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.access.Sessions;
import org.gapcheck.access.TotpEnrolment;
import org.gapcheck.http.Refusal;

/**
 * {@code /app/login} and {@code /app/logout}: the sign-in form of the pages, a plain HTML form that
 * opens the same database session as {@code POST /api/session} (cookie HttpOnly, Secure,
 * SameSite=Strict), with the same limits and the same TOTP step for the secretariat and
 * administrators; failures are said on the form, alike for a wrong login, password or code. A form
 * with errors is the page again (200, as a browser shows any page), its errors in the summary and
 * beside the fields; only the login limit answers 429, with Retry-After.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class LoginPage {

    /** Where a sign-in may lead: a page of the application, never another site. */
    private static final Pattern NEXT = Pattern.compile("/app/[A-Za-z0-9/_-]*");

    private final Sessions sessions;
    private final ClientAddress addresses;
    private final Pages pages;

    LoginPage(Sessions sessions, ClientAddress addresses, Pages pages) {
        this.sessions = sessions;
        this.addresses = addresses;
        this.pages = pages;
    }

    @Get("/login")
    @Produces(Pages.HTML)
    HttpResponse<String> form(@Nullable @QueryValue String next, @Nullable Authentication authentication, HttpRequest<?> request) {
        if (Caller.of(authentication).isPresent()) {
            return Pages.seeOther(next(next));
        }
        return page(HttpStatus.OK, Languages.of(request), "", next(next), List.of(), false, null);
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> login(@Body Map<String, Object> form, HttpRequest<?> request) {
        Messages m = Languages.of(request);
        String login = Forms.value(form, "login");
        String next = next(Forms.value(form, "next"));
        if (login.isBlank() || Forms.value(form, "password").isEmpty()) {
            return page(HttpStatus.OK, m, login, next, List.of(new Forms.Error(login.isBlank() ? "login" : "password",
                    m.get("login_missing"))), false, null);
        }
        try {
            Sessions.Opened opened = sessions.login(login, Forms.value(form, "password"), Forms.value(form, "totp"), addresses.of(request));
            return Pages.seeOther(next).cookie(Sessions.cookie(opened.secret()));
        } catch (TotpEnrolment offer) {
            return page(HttpStatus.OK, m, login, next, List.of(new Forms.Error("totp", m.get("totp_enrol"))), true,
                    offer.secret());
        } catch (Refusal refused) {
            return switch (refused.type()) {
                case "access/totp-required" -> page(HttpStatus.OK, m, login, next,
                        List.of(new Forms.Error("totp", m.get("totp_required"))), true, null);
                case "access/too-many-logins" -> page(HttpStatus.TOO_MANY_REQUESTS, m, login, next, List.of(new Forms.Error("login",
                        m.get("too_many_logins", "minutes", Math.max(1, (refused.retryAfterSeconds() + 59) / 60)))), false, null)
                        .header("Retry-After", String.valueOf(refused.retryAfterSeconds()));
                default -> page(HttpStatus.OK, m, login, next, List.of(new Forms.Error("login", m.get("login_failed"))),
                        Forms.value(form, "totp").length() > 0, null);
            };
        }
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> logout(@Nullable @Body Map<String, Object> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        Caller caller = Caller.of(authentication).filter(c -> c.via() == Caller.Via.SESSION).orElse(null);
        if (caller != null) {
            if (!Forms.tokenMatches(caller, form == null ? Map.of() : form)) {
                return Forms.refused(pages, Languages.of(request));
            }
            sessions.logout(caller);
        }
        return Pages.seeOther("/app/login").cookie(Sessions.cookie("").maxAge(0));
    }

    private MutableHttpResponse<String> page(HttpStatus status, Messages m, String login, String next, List<Forms.Error> errors,
                                             boolean askTotp, @Nullable String enrolKey) {
        Map<String, Object> view = new HashMap<>();
        view.put("title", m.get("login_title"));
        view.put("login", login);
        view.put("next", next);
        view.put("errors", errors);
        view.put("hasErrors", !errors.isEmpty());
        view.put("totpFirst", askTotp);
        view.put("enrolKey", enrolKey == null ? null : groups(enrolKey));
        errors.forEach(e -> view.put(e.field() + "Error", e.message()));
        return pages.render(status, "login", m, view);
    }

    /** A key in groups of four, as authenticator apps show it and people type it. */
    private static String groups(String key) {
        return key.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String next(@Nullable String asked) {
        return asked != null && NEXT.matcher(asked).matches() ? asked : "/app/";
    }
}
