package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The TOTP codes, against RFC 6238's test vectors, and the window and replay rules. */
class TotpTest {

    /** RFC 6238 appendix B's key for HMAC-SHA1. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"})
    void theCodesAreRfc6238AppendixBsAndTheirLastSixDigits(long seconds, String code) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(code, new Totp(8).code(SEED, step));
        assertEquals(code.substring(2), new Totp().code(SEED, step));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedAndNoneFurther() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        Totp totp = new Totp();
        for (long offset = -1; offset <= 1; offset++) {
            assertEquals(OptionalLong.of(step + offset), totp.match(SEED, totp.code(SEED, step + offset), now, null));
        }
        assertEquals(OptionalLong.empty(), totp.match(SEED, totp.code(SEED, step - 2), now, null));
        assertEquals(OptionalLong.empty(), totp.match(SEED, totp.code(SEED, step + 2), now, null));
    }

    @Test
    void aCodeAtOrBeforeTheLastAcceptedStepIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        Totp totp = new Totp();
        assertEquals(OptionalLong.empty(), totp.match(SEED, totp.code(SEED, step), now, step));
        assertEquals(OptionalLong.empty(), totp.match(SEED, totp.code(SEED, step - 1), now, step));
        assertEquals(OptionalLong.of(step + 1), totp.match(SEED, totp.code(SEED, step + 1), now, step));
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        Totp totp = new Totp();
        for (String code : new String[] {null, "", "28708", "2870822", "28708a", " 287082", "２８７０８２"}) {
            assertEquals(OptionalLong.empty(), totp.match(SEED, code, now, null), String.valueOf(code));
        }
        assertEquals(OptionalLong.of(1), totp.match(SEED, "287082", now, null));
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32IsRfc4648sWithoutPadding(String text, String encoded) {
        assertEquals(encoded, Totp.base32(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNewSecretIs160RandomBitsIn32Base32Characters() {
        byte[] secret = Totp.newSecret();
        assertEquals(20, secret.length);
        assertTrue(Totp.base32(secret).matches("[A-Z2-7]{32}"));
        assertTrue(Totp.uri("admin@un.org", secret).startsWith("otpauth://totp/Gapcheck%3Aadmin%40un.org?secret="));
    }
}
