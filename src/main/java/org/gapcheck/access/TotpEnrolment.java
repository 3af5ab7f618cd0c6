package org.gapcheck.access;

/**
 * The answer to a right password of the secretariat or an administrator not yet enrolled in TOTP:
 * 401 {@code access/totp-enrolment-required} with the secret to add to an authenticator app, shown
 * this once ({@link TotpEnrolmentHandler}; the login page shows it too).
 */
public final class TotpEnrolment extends RuntimeException {

    private final String secret;
    private final String uri;

    TotpEnrolment(String secret, String uri) {
        super("TOTP enrolment required", null, false, false);
        this.secret = secret;
        this.uri = uri;
    }

    public String secret() {
        return secret;
    }

    public String uri() {
        return uri;
    }
}
