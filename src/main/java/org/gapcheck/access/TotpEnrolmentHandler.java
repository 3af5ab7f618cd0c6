package org.gapcheck.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.gapcheck.http.Problem;

/** A problem like the others, with the extension member {@code totp_enrolment}: the secret and its otpauth:// URI. */
@Produces
@Singleton
final class TotpEnrolmentHandler implements ExceptionHandler<TotpEnrolment, HttpResponse<TotpEnrolmentHandler.Body>> {

    /** The problem's fields, and the enrolment. */
    record Body(String type, String title, int status, String detail, String instance, Enrolment totpEnrolment) {
    }

    /** The secret in base32, and the URI an authenticator app reads from a QR code. */
    record Enrolment(String secret, String otpauthUri) {
    }

    @Override
    public HttpResponse<Body> handle(HttpRequest request, TotpEnrolment e) {
        return HttpResponse.<Body>status(HttpStatus.UNAUTHORIZED).contentType(Problem.MEDIA_TYPE).body(new Body(
                "access/totp-enrolment-required", "TOTP enrolment required", 401, "This account logs in with a TOTP code as"
                + " well as its password. Add the secret to an authenticator app (RFC 6238: SHA-1, 6 digits, 30 s), then log in"
                + " again with the password and the app's current code in totp. The secret is shown this once.",
                request.getPath(), new Enrolment(e.secret(), e.uri())));
    }
}
