package org.gapcheck.access.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment that switches the OpenID Connect login on, and what is refused in it. */
class OidcSettingsTest {

    @Test
    void withoutAnIssuerThereIsNoClientAndSoNoRoute() {
        assertEquals(Map.of(), OidcSettings.of(Map.of()));
        assertEquals(Map.of(), OidcSettings.of(Map.of(OidcSettings.ISSUER, " ", OidcSettings.CLIENT_ID, "gapcheck")));
    }

    @Test
    void anIssuerWithItsClientMakesOneOpenIdClientAskingForTheSubjectOnly() {
        Map<String, Object> properties = OidcSettings.of(Map.of(OidcSettings.ISSUER, "https://login.example.org/realms/un",
                OidcSettings.CLIENT_ID, "gapcheck", OidcSettings.CLIENT_SECRET, "s3cret"));
        assertEquals("https://login.example.org/realms/un", properties.get("micronaut.security.oauth2.clients.oidc.openid.issuer"));
        assertEquals("gapcheck", properties.get("micronaut.security.oauth2.clients.oidc.client-id"));
        assertEquals("s3cret", properties.get("micronaut.security.oauth2.clients.oidc.client-secret"));
        assertEquals(List.of("openid"), properties.get("micronaut.security.oauth2.clients.oidc.scopes"));
        assertEquals(false, properties.get("micronaut.security.oauth2.clients.oidc.openid.end-session.enabled"));
    }

    @Test
    void anIssuerWithoutItsClientOrNotAUrlIsRefusedInOneLine() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> OidcSettings.of(Map.of(OidcSettings.ISSUER, "https://login.example.org", OidcSettings.CLIENT_ID, "gapcheck")));
        assertEquals("GAPCHECK_OIDC_ISSUER is set: GAPCHECK_OIDC_CLIENT_ID and GAPCHECK_OIDC_CLIENT_SECRET are needed too"
                + " (the client registered with the provider)", missing.getMessage());
        IllegalArgumentException notUrl = assertThrows(IllegalArgumentException.class, () -> OidcSettings.of(Map.of(
                OidcSettings.ISSUER, "login.example.org", OidcSettings.CLIENT_ID, "gapcheck", OidcSettings.CLIENT_SECRET, "s")));
        assertTrue(notUrl.getMessage().startsWith("GAPCHECK_OIDC_ISSUER must be the provider's issuer URL"), notUrl.getMessage());
    }
}
