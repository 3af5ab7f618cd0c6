package org.gapcheck.access.oidc;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Reads from a checked ID token the two claims that name the person for good, {@code iss} and
 * {@code sub}, and nothing else: no roles, no e-mail. {@link OidcController} then finds the account
 * linked to them. (The module's default mapper would make a user of every claim.)
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
final class IdentityMapper implements OpenIdAuthenticationMapper {

    static final String ISSUER = "iss";
    static final String SUBJECT = "sub";

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        if (claims.getIssuer() == null || claims.getSubject() == null) {
            return Publishers.just(AuthenticationResponse.failure("the ID token has no iss or no sub"));
        }
        return Publishers.just(AuthenticationResponse.success(claims.getSubject(), List.of(),
                Map.of(ISSUER, claims.getIssuer(), SUBJECT, claims.getSubject())));
    }
}
