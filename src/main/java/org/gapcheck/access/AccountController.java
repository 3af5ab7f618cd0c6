package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.Account.Role;

/**
 * {@code /api/accounts}: inviting accounts, listing them, and an administrator's resets,
 * deactivations and TOTP resets. No answer holds a password hash, a TOTP secret or a link's
 * secret, except the new link itself, once.
 */
@Controller("/api/accounts")
@Tag(name = "access")
@ProblemAnswers.AnyRoute
@ProblemAnswers.Authenticated
@SecurityRequirement(name = "session")
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class AccountController {

    private static final String FORBIDDEN = "`http/403`: the caller lacks the role; `access/csrf`: the request came without the"
            + " session's `X-CSRF-Token`; `access/forbidden`: ";

    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    /** A route on one account: its 404. */
    @ApiResponse(responseCode = "404", description = "`not-found/account`: no account has that id, or none the caller may see.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface ById {
    }

    /** An account to invite; a coordinator's contributors take its country. */
    record NewAccount(@Nullable String login, @Nullable String role, @Nullable String country, @Nullable String nominationReference) {
    }

    /** An account as listed: whether a password and a TOTP are set, never what they are. */
    record AccountView(long id, String login, String role, @Nullable String country, @Nullable String nominationReference,
                       boolean active, boolean passwordSet, boolean totpEnrolled, Instant createdAt, @Nullable Long createdBy) {
        static AccountView of(Account a) {
            return new AccountView(a.id(), a.login(), a.role().name().toLowerCase(Locale.ROOT), a.country(), a.nominationReference(),
                    a.active(), a.passwordHash() != null, a.totpEnrolledAt() != null, a.createdAt(), a.createdBy());
        }
    }

    /** A one-time link: the path of the page that sets the password, with its secret, shown this once. */
    record LinkView(String path, Instant expiresAt) {
        static LinkView of(OneTimeLinks.Issued link) {
            return new LinkView(link.path(), link.expiresAt());
        }
    }

    /** An account just invited and its invitation. */
    record InvitedView(AccountView account, LinkView invitation) {
    }

    @Operation(summary = "Invite an account", description = "Creates an account without a password and answers its invitation"
            + " link once, valid 72 hours, which sets the password (`POST /api/password`). An administrator invites any role;"
            + " the secretariat coordinators only (each with `nomination_reference`, e.g. the note verbale's); a coordinator"
            + " contributors of its own country only (`country` may be left out).")
    @ApiResponse(responseCode = "400", description = "`access/invalid`: a field is wrong; `errors[0].path` names it (`login`,"
            + " `role`, `country`, `nomination_reference`).", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "201", description = "The account, and its invitation link, shown this once.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitedView.class)))
    @ApiResponse(responseCode = "403", description = FORBIDDEN + "the caller may not invite that role, or a coordinator"
            + " a contributor of another country.", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "`access/conflict`: the login is taken.", content = @Content(
            mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ProblemAnswers.WithBody
    @Secured({"ADMINISTRATOR", "SECRETARIAT", "COORDINATOR"})
    HttpResponse<InvitedView> inviteAccount(@Body NewAccount request, Authentication authentication) {
        AccountAdministration.Invited invited = administration.invite(new Accounts.Request(request.login(), request.role(),
                request.country(), request.nominationReference(), null), acting(authentication));
        return HttpResponse.created(new InvitedView(AccountView.of(invited.account()), LinkView.of(invited.invitation())));
    }

    @Operation(summary = "List accounts", description = "By login: every account for an administrator, the coordinators and"
            + " contributors for the secretariat, its country's accounts for a coordinator.")
    @Get
    @Secured({"ADMINISTRATOR", "SECRETARIAT", "COORDINATOR"})
    List<AccountView> listAccounts(Authentication authentication) {
        return administration.list(acting(authentication)).stream().map(AccountView::of).toList();
    }

    @Operation(summary = "One account", description = "An account the caller may see (as the list).")
    @ById
    @Get("/{id}")
    @Secured({"ADMINISTRATOR", "SECRETARIAT", "COORDINATOR"})
    AccountView getAccount(@PathVariable long id, Authentication authentication) {
        return AccountView.of(administration.get(id, acting(authentication)));
    }

    @Operation(summary = "Issue a password reset link", description = "Answers a one-time link, valid 24 hours, that sets a new"
            + " password (`POST /api/password`); a newer link replaces it. The account's open sessions end now; its password"
            + " works until the link is used.")
    @ById
    @Post("/{id}/reset")
    @Secured("ADMINISTRATOR")
    LinkView resetPassword(@PathVariable long id, Authentication authentication) {
        return LinkView.of(administration.reset(id, acting(authentication)));
    }

    @Operation(summary = "Deactivate an account", description = "Its sessions end, its API tokens stop and it cannot log in,"
            + " until it is activated again. An administrator cannot deactivate itself.")
    @ById
    @ApiResponse(responseCode = "403", description = FORBIDDEN + "an administrator's own account.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post("/{id}/deactivate")
    @Secured("ADMINISTRATOR")
    AccountView deactivateAccount(@PathVariable long id, Authentication authentication) {
        return AccountView.of(administration.setActive(id, false, acting(authentication)));
    }

    @Operation(summary = "Activate an account", description = "It logs in again, and its API tokens work again; sessions ended"
            + " by the deactivation stay ended.")
    @ById
    @Post("/{id}/activate")
    @Secured("ADMINISTRATOR")
    AccountView activateAccount(@PathVariable long id, Authentication authentication) {
        return AccountView.of(administration.setActive(id, true, acting(authentication)));
    }

    @Operation(summary = "Forget an account's TOTP", description = "For a lost authenticator: the account's next login with"
            + " its password is offered a new secret to enrol; its open sessions end.")
    @ById
    @Delete("/{id}/totp")
    @Secured("ADMINISTRATOR")
    AccountView forgetTotp(@PathVariable long id, Authentication authentication) {
        return AccountView.of(administration.clearTotp(id, acting(authentication)));
    }

    /** The session's account: these routes take no token (a token's roles are its scopes). */
    private static AccountAdministration.Acting acting(Authentication authentication) {
        Caller caller = Caller.of(authentication).orElseThrow();
        return new AccountAdministration.Acting(caller.accountId(), Role.valueOf(authentication.getRoles().iterator().next()),
                caller.country());
    }
}
