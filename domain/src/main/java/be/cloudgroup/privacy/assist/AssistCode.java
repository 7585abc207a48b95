package be.cloudgroup.privacy.assist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Six-digit access codes from {@link SecureRandom}, stored only as {@code salt$sha256(salt+code)}. */
final class AssistCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AssistCode() {}

    static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        return encodedSalt + "$" + digest(encodedSalt, code);
    }

    /** Compares in constant time; a malformed hash or code never matches. */
    static boolean matches(String code, String hash) {
        int separator = hash.indexOf('$');
        if (code == null || separator < 0) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return MessageDigest.isEqual(
                digest(hash.substring(0, separator), digits).getBytes(StandardCharsets.US_ASCII),
                hash.substring(separator + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((salt + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
