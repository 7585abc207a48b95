package be.cloudgroup.privacy.correction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Six-digit one-time codes from {@link SecureRandom}, stored only as {@code salt$sha256(salt+code)}.
 */
final class OneTimeCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;

    private OneTimeCode() {}

    /** A new code of six digits, leading zeros included. */
    static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        return encodedSalt + "$" + digest(encodedSalt, code);
    }

    /** Compares in constant time; a malformed hash never matches. */
    static boolean matches(String code, String hash) {
        int separator = hash.indexOf('$');
        if (code == null || separator < 0) {
            return false;
        }
        String salt = hash.substring(0, separator);
        return MessageDigest.isEqual(
                digest(salt, code.strip()).getBytes(StandardCharsets.US_ASCII),
                hash.substring(separator + 1).getBytes(StandardCharsets.US_ASCII));
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
