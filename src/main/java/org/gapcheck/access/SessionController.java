package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;

/**
 * {@code /api/session}: log in (a session cookie, HttpOnly, Secure, SameSite=Strict, and the CSRF
 * token to send back), see who is logged in, log out.
 */
@Controller("/api/session")
@Tag(name = "access")
@ProblemAnswers.AnyRoute
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class SessionController {

    private final Sessions sessions;
    private final PendingLogins pendingLogins;
    private final ClientAddress addresses;

    SessionController(Sessions sessions, PendingLogins pendingLogins, ClientAddress addresses) {
        this.sessions = sessions;
        this.pendingLogins = pendingLogins;
        this.addresses = addresses;
    }

    /** The credentials of a login; {@code totp} for the secretariat and administrators. */
    record Credentials(@Nullable String login, @Nullable String password, @Nullable String totp) {
    }

    /** Who is logged in, and the token every unsafe request of the session carries in X-CSRF-Token. */
    record SessionView(String login, String role, @Nullable String country, String csrfToken, long idleTimeoutSeconds) {
        static SessionView of(String login, String role, @Nullable String country, String csrfToken, long idleSeconds) {
            return new SessionView(login, role.toLowerCase(java.util.Locale.ROOT), country, csrfToken, idleSeconds);
        }
    }

    @Operation(summary = "Log in", description = "Opens a browser session: sets the `gapcheck_session` cookie and answers the"
            + " CSRF token. The secretariat and administrators also send `totp`, the current code of their authenticator app"
            + " (RFC 6238: SHA-1, 6 digits, 30 s); each code is accepted once. Wrong login, password and code are answered"
            + " alike (401); after 5 failures for a login, or 20 from an address, within 15 minutes, 429 with Retry-After.")
    @ApiResponse(responseCode = "201", description = "The session is open: its cookie is set; the body says who and gives the"
            + " CSRF token.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "401", description = "`access/login-failed`: the login, the password or the TOTP code is wrong"
            + " (or was used already), or the account is not active (said alike); `access/totp-required`: the right password"
            + " without the TOTP code this account needs; `access/totp-enrolment-required`: the right password of an account"
            + " that has no TOTP yet: the body's `totp_enrolment` holds a new secret (`secret`, base32, and `otpauth_uri`),"
            + " shown once, which the next login with a code of it enrols.", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "`access/too-many-logins`: too many failures for this login or address;"
            + " `Retry-After` says when to try again.", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ProblemAnswers.WithBody
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SessionView> login(@Body Credentials credentials, HttpRequest<?> request) {
        String address = addresses.of(request);
        Sessions.Opened opened = sessions.login(credentials.login(), credentials.password(), credentials.totp(), address);
        return opened(opened);
    }

    private MutableHttpResponse<SessionView> opened(Sessions.Opened opened) {
        return HttpResponse.created(SessionView.of(opened.account().login(), opened.account().role().name(),
                opened.account().country(), opened.session().csrfToken(), sessions.idleTimeout().toSeconds()))
                .cookie(Sessions.cookie(opened.secret()));
    }

    /** The TOTP code that completes a login begun elsewhere (an OpenID Connect provider). */
    record SecondStep(@Nullable String totp) {
    }

    @Operation(summary = "Complete a login with its TOTP code", description = "For the secretariat and administrators who logged"
            + " in through the OpenID Connect provider: the provider's callback set the `gapcheck_pending` cookie (valid 5 minutes,"
            + " once); this request sends it with `totp`, the current code of the authenticator app, and opens the session as"
            + " `POST /api/session` does. The same limit, enrolment and refusals as a password login's code.")
    @ApiResponse(responseCode = "201", description = "The session is open: its cookie is set (the pending one cleared); the body"
            + " says who and gives the CSRF token.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "401", description = "`access/login-failed`: no pending login, or one used, expired or of an"
            + " account deactivated since, or a wrong code (or one used already); `access/totp-required`: no code;"
            + " `access/totp-enrolment-required`: the account has no TOTP yet: the body's `totp_enrolment` holds a new secret,"
            + " shown once, which the next request with a code of it enrols.", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "`access/too-many-logins`: too many failures for this account or address;"
            + " `Retry-After` says when to try again.", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Post("/totp")
    @Consumes(MediaType.APPLICATION_JSON)
    @ProblemAnswers.WithBody
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SessionView> secondStep(@Body SecondStep step, HttpRequest<?> request) {
        String address = addresses.of(request);
        String secret = request.getCookies().findCookie(PendingLogins.COOKIE).map(Cookie::getValue).orElse(null);
        return opened(pendingLogins.complete(secret, step.totp(), address)).cookie(PendingLogins.cookie("").maxAge(0));
    }

    @Operation(summary = "Who is logged in", description = "The session's account and its CSRF token.")
    @ProblemAnswers.Authenticated
    @SecurityRequirement(name = "session")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SessionView current(Authentication authentication) {
        Caller caller = sessionCaller(authentication);
        return SessionView.of(authentication.getName(), authentication.getRoles().iterator().next(), caller.country(),
                caller.csrfToken(), sessions.idleTimeout().toSeconds());
    }

    @Operation(summary = "Log out", description = "Ends the session on every server process and clears the cookie.")
    @ProblemAnswers.Authenticated
    @SecurityRequirement(name = "session")
    @Delete
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication authentication) {
        sessions.logout(sessionCaller(authentication));
        return HttpResponse.<Void>noContent()
                .cookie(Sessions.cookie("").maxAge(0));
    }

    private static Caller sessionCaller(Authentication authentication) {
        return Caller.of(authentication).filter(c -> c.via() == Caller.Via.SESSION).orElseThrow(() -> Refusal.of(400,
                "access/not-a-session", "Not a browser session", "This route is about browser sessions; the request came with an API token."));
    }
}
