/**
 * The OpenID Connect login of browser sessions, on only when a provider is configured
 * ({@link org.gapcheck.access.oidc.OidcSettings}): Micronaut's OAuth 2.0 module runs the
 * authorization-code flow (state, nonce and PKCE in short-lived cookies) and checks the ID token;
 * here its result becomes Gapcheck's own database session, for the account an administrator linked
 * to the token's issuer and subject, after the TOTP code where the account needs one.
 */
package org.gapcheck.access.oidc;
