package be.cloudgroup.privacy.activation;

import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where the code went, shown masked ({@code n•••@example.com}, {@code +32•••••••56}) so the
 * customer knows where to look and nobody learns the address. A number that gets no code shows a
 * decoy of the same shape, so the page never tells whether a customer number exists.
 */
final class ActivationHint {

    private static final List<String> DECOY_DOMAINS =
            List.of("gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be", "proximus.be", "yahoo.com");
    /** Most customers have an e-mail address on file; some only a mobile. */
    private static final int DECOY_MOBILE_ONE_IN = 5;

    private static final RandomGenerator RANDOM = new SecureRandom();

    private ActivationHint() {}

    /** The masked form of an e-mail address or a mobile number. */
    static String mask(ContactChannel channel, String to) {
        return channel == ContactChannel.EMAIL
                ? EmailAddress.valueOf(to).masked()
                : PhoneNumber.valueOf(to).masked();
    }

    /** A plausible masked e-mail address or, now and then, Belgian mobile number that belongs to nobody. */
    static String decoy() {
        if (RANDOM.nextInt(DECOY_MOBILE_ONE_IN) == 0) {
            return PhoneNumber.valueOf("+324" + String.format("%08d", RANDOM.nextInt(100_000_000)))
                    .masked();
        }
        char initial = (char) ('a' + RANDOM.nextInt(26));
        return EmailAddress.valueOf(initial + "@" + DECOY_DOMAINS.get(RANDOM.nextInt(DECOY_DOMAINS.size())))
                .masked();
    }

    /** The key under which a number's decoy is kept: a digest, so typed numbers are not stored. */
    static String digest(String customerNumber) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(("activation-decoy:" + customerNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
