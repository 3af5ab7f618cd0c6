package org.gapcheck.access;

import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), written as PHC strings, so a later
 * change of parameters still reads older hashes. The policy is ASVS 2.1's: at least 12 characters,
 * at most 128, no rule about which kinds.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Argon2PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Checked against when the login is unknown, so that an unknown login costs as long as a wrong password. */
    private static final String DECOY = ENCODER.encode("decoy password, never a real one");

    private Passwords() {
    }

    public static String hash(String password) {
        return ENCODER.encode(password);
    }

    /** Whether {@code password} is the one {@code hash} was made from; a null hash (no password set) never matches. */
    static boolean matches(String password, String hash) {
        if (hash == null) {
            ENCODER.matches(password, DECOY);
            return false;
        }
        return ENCODER.matches(password, hash);
    }

    /** Why {@code password} is refused, if it is. */
    public static Optional<String> weakness(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("a password has at least " + MIN_LENGTH + " characters; this one has " + length);
        }
        if (length > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters; this one has " + length);
        }
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of("a password of fewer than 4 different characters is too easy to guess");
        }
        return Optional.empty();
    }
}
