package org.gapcheck.access;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps read them: HMAC-SHA1 over 30-second
 * steps, 6 digits. A code of the step before or after now is accepted too, for clocks that drift;
 * a step at or before the last one accepted is not, so a code works once. java-otp computes each code.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;
    static final String ISSUER = "Gapcheck";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HmacOneTimePasswordGenerator hotp;

    Totp() {
        this(DIGITS);
    }

    /** Codes of {@code digits} digits: RFC 6238's own test vectors have 8. */
    Totp(int digits) {
        this.hotp = new HmacOneTimePasswordGenerator(digits);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    String code(byte[] secret, long step) {
        try {
            return hotp.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), step, java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of " + secret.length + " bytes", e);
        }
    }

    /** The step, within one of {@code now}'s and after {@code after}, whose code is {@code code}; none if there is none. */
    OptionalLong match(byte[] secret, String code, Instant now, @Nullable Long after) {
        if (code == null || code.length() != hotp.getPasswordLength() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if ((after == null || step > after) && Secrets.same(code(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** RFC 4648 base32 without padding, the form authenticator apps take a secret in. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** The otpauth:// URI (Google Authenticator's key URI format) an app reads from a QR code. */
    static String uri(String login, byte[] secret) {
        String label = URLEncoder.encode(ISSUER + ":" + login, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=" + DIGITS
                + "&period=" + STEP_SECONDS;
    }
}
