package org.gapcheck.access.oidc;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.client.OauthClient;
import io.micronaut.security.oauth2.routes.DefaultOauthController;
import io.micronaut.security.oauth2.routes.OauthController;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.gapcheck.access.ClientAddress;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.access.PendingLogins;
import org.gapcheck.access.Sessions;
import org.gapcheck.http.Refusal;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's two routes for the provider, {@code GET /oauth/login/oidc} (a redirect to the
 * provider with state, nonce and PKCE challenge) and {@code /oauth/callback/oidc}, in place of its
 * default controller, which would hand the login to a JWT or cookie login handler: here the callback
 * ends in Gapcheck's own session cookie, as a password login does, and the database work runs on
 * the database executor, never on the event loop; a refusal is a problem like any other. The module registers these routes only for a
 * configured client, so without one they do not exist.
 */
@EachBean(OauthClient.class)
@Replaces(DefaultOauthController.class)
@Requires(beans = DataSource.class)
final class OidcController implements OauthController {

    private static final Logger LOG = LoggerFactory.getLogger(OidcController.class);
    /** Where the browser goes once logged in, and where it is sent for its TOTP code. */
    static final String AFTER_LOGIN = "/";
    static final String AFTER_FIRST_FACTOR = "/?login=totp";

    private final OauthClient client;
    private final OidcLogins logins;
    private final ExecutorService database;
    private final ClientAddress addresses;

    OidcController(@Parameter OauthClient client, OidcLogins logins, @Named(DatabaseExecutor.NAME) ExecutorService database,
                   ClientAddress addresses) {
        this.client = client;
        this.logins = logins;
        this.database = database;
        this.addresses = addresses;
    }

    @Override
    public OauthClient getClient() {
        return client;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Publisher<MutableHttpResponse<?>> login(HttpRequest<?> request) {
        try {
            return client.authorizationRedirect(request);
        } catch (RuntimeException e) { // the provider's metadata is read at the first login; once that failed, the module does not try again
            LOG.warn("OpenID Connect provider unavailable: {}", e.toString());
            throw Refusal.of(503, "access/oidc-unavailable", "Identity provider unavailable", "The identity provider could not"
                    + " be reached when this server first needed it; an operator restarts the server once it answers. Meanwhile,"
                    + " log in with a password.");
        }
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Publisher<MutableHttpResponse<?>> callback(HttpRequest<Map<String, Object>> request) {
        String address = addresses.of(request);
        CompletableFuture<AuthenticationResponse> checked;
        try {
            checked = First.of(client.onCallback(request));
        } catch (RuntimeException e) { // the provider's own refusal (?error=access_denied) is thrown at once
            checked = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<MutableHttpResponse<?>> answer = checked.handleAsync((response, error) -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
                LOG.info("OpenID Connect callback refused: {}", cause.toString());
                throw logins.failed(cause.getClass().getSimpleName(), address);
            }
            if (response == null || !response.isAuthenticated() || response.getAuthentication().isEmpty()) {
                // The module answers nothing when the ID token fails its checks (signature, issuer,
                // audience, expiry, nonce), and a failure when the state does not match its cookie.
                throw logins.failed(response == null ? "id-token" : response.getMessage().orElse("failed"), address);
            }
            return answer(response, address);
        }, database);
        return Publishers.fromCompletableFuture(answer);
    }

    private MutableHttpResponse<?> answer(AuthenticationResponse response, String address) {
        Map<String, Object> claims = response.getAuthentication().orElseThrow().getAttributes();
        Object issuer = claims.get(IdentityMapper.ISSUER);
        Object subject = claims.get(IdentityMapper.SUBJECT);
        if (issuer == null || subject == null) {
            throw logins.failed("no-identity", address);
        }
        OidcLogins.Outcome outcome = logins.login(issuer.toString(), subject.toString(), address);
        if (outcome instanceof OidcLogins.Opened opened) {
            return HttpResponse.seeOther(URI.create(AFTER_LOGIN)).cookie(Sessions.cookie(opened.session().secret()));
        }
        return HttpResponse.seeOther(URI.create(AFTER_FIRST_FACTOR)).cookie(PendingLogins.cookie(((OidcLogins.Pending) outcome).secret()));
    }
}
