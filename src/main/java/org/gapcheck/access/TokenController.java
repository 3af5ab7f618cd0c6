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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.ApiToken;

/** {@code /api/tokens}: an administrator creates, lists and revokes the API tokens of pipelines. */
@Controller("/api/tokens")
@Tag(name = "access")
@ProblemAnswers.AnyRoute
@ProblemAnswers.Authenticated
@SecurityRequirement(name = "session")
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
@Secured("ADMINISTRATOR")
class TokenController {

    private final Tokens tokens;

    TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    /** A token to create; {@code days} defaults to 90. */
    record NewToken(@Nullable String name, @Nullable List<String> scopes, @Nullable Integer days) {
    }

    /** A token as listed: never its secret. */
    record TokenView(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
                     @Nullable Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), Arrays.asList(t.scopes().split(" ")), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.lastUsedAt());
        }
    }

    /** A token just created, with its secret: the only time it is shown. */
    record IssuedView(TokenView token, String secret) {
    }

    @Operation(summary = "Create an API token", description = "Answers the secret once; only its SHA-256 is kept. Send it as"
            + " `Authorization: Bearer <secret>`. Scopes: `ruleset:validate`. Lifetime 1 to 365 days (default 90).")
    @ApiResponse(responseCode = "201", description = "The token, and its secret, shown this once.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedView.class)))
    @ApiResponse(responseCode = "400", description = "`access/invalid`: a field is wrong; `errors[0].path` names it (`name`,"
            + " `scopes`, `days`).", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ProblemAnswers.WithBody
    HttpResponse<IssuedView> create(@Body NewToken request, Authentication authentication) {
        long by = Caller.of(authentication).orElseThrow().accountId();
        Tokens.Issued issued = tokens.create(request.name(), request.scopes(), request.days() == null ? 90 : request.days(), by);
        return HttpResponse.created(new IssuedView(TokenView.of(issued.token()), issued.secret()));
    }

    @Operation(summary = "List API tokens", description = "Every token with its scopes, expiry, revocation and last use; no secret.")
    @Get
    List<TokenView> list() {
        return tokens.list().stream().map(TokenView::of).toList();
    }

    @Operation(summary = "Revoke an API token", description = "Refused by every server process from its next request on.")
    @ApiResponse(responseCode = "404", description = "`not-found/token`: no token has that id.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Delete("/{id}")
    HttpResponse<Void> revoke(@PathVariable long id, Authentication authentication) {
        if (!tokens.revoke(id, Caller.of(authentication).orElseThrow().accountId())) {
            throw Refusal.of(404, "not-found/token", "Not found", "no API token with id " + id);
        }
        return HttpResponse.noContent();
    }
}
