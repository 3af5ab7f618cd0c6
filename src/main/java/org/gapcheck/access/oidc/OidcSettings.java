package org.gapcheck.access.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that switch the OpenID Connect login on: with {@code GAPCHECK_OIDC_ISSUER} in the
 * environment (the provider's issuer URL, whose {@code /.well-known/openid-configuration} the module
 * reads), with {@code GAPCHECK_OIDC_CLIENT_ID} and {@code GAPCHECK_OIDC_CLIENT_SECRET}, Micronaut's
 * OAuth 2.0 module gets one client, {@value #PROVIDER}, and its routes {@code GET /oauth/login/oidc}
 * and {@code /oauth/callback/oidc}. Without it there is no client and no route (404), and
 * {@code serve} behaves as before.
 */
public final class OidcSettings {

    /** The client's name in {@code micronaut.security.oauth2.clients}, and the last segment of its routes. */
    public static final String PROVIDER = "oidc";
    /** The routes the module registers for the client (its defaults). */
    public static final String LOGIN_PATH = "/oauth/login/" + PROVIDER;
    public static final String CALLBACK_PATH = "/oauth/callback/" + PROVIDER;

    public static final String ISSUER = "GAPCHECK_OIDC_ISSUER";
    public static final String CLIENT_ID = "GAPCHECK_OIDC_CLIENT_ID";
    public static final String CLIENT_SECRET = "GAPCHECK_OIDC_CLIENT_SECRET";

    private static final String CLIENT = "micronaut.security.oauth2.clients." + PROVIDER + ".";

    private OidcSettings() {
    }

    /** The properties for {@code environment} ({@code System.getenv()}): none without an issuer. */
    public static Map<String, Object> of(Map<String, String> environment) {
        String issuer = environment.get(ISSUER);
        if (issuer == null || issuer.isBlank()) {
            return Map.of();
        }
        String clientId = environment.get(CLIENT_ID);
        String secret = environment.get(CLIENT_SECRET);
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(ISSUER + " is set: " + CLIENT_ID + " and " + CLIENT_SECRET + " are needed too"
                    + " (the client registered with the provider)");
        }
        if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
            throw new IllegalArgumentException(ISSUER + " must be the provider's issuer URL (https://...), not " + issuer);
        }
        return client(issuer.trim(), clientId.trim(), secret);
    }

    /** The module's settings for one OpenID Connect client of {@code issuer}. */
    public static Map<String, Object> client(String issuer, String clientId, String clientSecret) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CLIENT + "openid.issuer", issuer);
        properties.put(CLIENT + "client-id", clientId);
        properties.put(CLIENT + "client-secret", clientSecret);
        // The subject is all Gapcheck reads (Identities): it asks for no e-mail or profile.
        properties.put(CLIENT + "scopes", List.of("openid"));
        // Logging out is DELETE /api/session, which ends Gapcheck's session, not the provider's.
        properties.put(CLIENT + "openid.end-session.enabled", false);
        return properties;
    }
}
