package org.gapcheck.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;

/** A TOTP code now, as an authenticator app computes it, by java-otp rather than Gapcheck's own code. */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The current code of a secret stored as hex (accounts.totp_secret). */
    public static String now(String hexSecret) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(HexFormat.of().parseHex(hexSecret), "HmacSHA1"), Instant.now());
        } catch (InvalidKeyException e) {
            throw new AssertionError(e);
        }
    }
}
