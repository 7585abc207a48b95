package be.cloudgroup.privacy.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The portal's one-time codes (a new e-mail or mobile, an assist access code, an account
 * activation): six digits from {@link SecureRandom}, stored only as {@code salt$sha256(salt+code)},
 * compared in constant time. The code itself is a secret: never store or log it.
 */
public final class OneTimeCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;

    private OneTimeCode() {}

    /** A new code of six digits, leading zeros included. */
    public static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String hash(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        return encodedSalt + "$" + digest(encodedSalt, code);
    }

    /** Compares in constant time, ignoring spaces ("123 456"); a malformed hash or a missing code never matches. */
    public static boolean matches(@Nullable String code, String hash) {
        int separator = hash.indexOf('$');
        if (code == null || separator < 0) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return MessageDigest.isEqual(
                digest(hash.substring(0, separator), digits).getBytes(StandardCharsets.US_ASCII),
                hash.substring(separator + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a stored code may still be tried: attempts left and not expired. */
    public static boolean usable(int attemptsLeft, Instant expiresAt, Instant now) {
        return attemptsLeft > 0 && now.isBefore(expiresAt);
    }

    private static String digest(String salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((salt + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
