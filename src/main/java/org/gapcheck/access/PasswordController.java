package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;

/** {@code /api/password}: an invitation or reset link's token and a new password, from anyone who holds the link. */
@Controller("/api/password")
@Tag(name = "access")
@ProblemAnswers.AnyRoute
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class PasswordController {

    private final OneTimeLinks links;
    private final ClientAddress addresses;

    PasswordController(OneTimeLinks links, ClientAddress addresses) {
        this.links = links;
        this.addresses = addresses;
    }

    /** The token of the link (after {@code token=}) and the password to set. */
    record NewPassword(@Nullable String token, @Nullable String password) {
    }

    @Operation(summary = "Set a password with a one-time link", description = "Uses an invitation or reset link once: sets the"
            + " account's password (12 to 128 characters) and ends its open sessions. Log in afterwards with `POST /api/session`.")
    @ApiResponse(responseCode = "204", description = "The password is set; the link is spent.")
    @ApiResponse(responseCode = "400", description = "`access/link-invalid`: the link is unknown, used, expired or replaced by a"
            + " newer one (said alike); `access/invalid`: the password is refused, `errors[0].path` is `password` and the link"
            + " still works.", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ProblemAnswers.WithBody
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> setPassword(@Body NewPassword request, HttpRequest<?> http) {
        links.setPassword(request.token(), request.password(), addresses.of(http));
        return HttpResponse.noContent();
    }
}
