package be.cloudgroup.privacy.correction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * How often a one-time code may be sent: to one address or number at most once a minute, five
 * times an hour and ten times a day (whoever asks), and for one customer at most five times an
 * hour and ten times a day (on any address, so a mistyped address can be corrected at once).
 */
final class CodeThrottle {

    /** How long sent codes are counted. */
    static final Duration LONGEST = Duration.ofDays(1);

    private static final List<Window> PER_TARGET =
            List.of(new Window(Duration.ofMinutes(1), 1), new Window(Duration.ofHours(1), 5), new Window(LONGEST, 10));
    private static final List<Window> PER_CUSTOMER =
            List.of(new Window(Duration.ofHours(1), 5), new Window(LONGEST, 10));

    private CodeThrottle() {}

    static boolean allows(List<Instant> toCustomer, List<Instant> toTarget, Instant now) {
        return within(PER_CUSTOMER, toCustomer, now) && within(PER_TARGET, toTarget, now);
    }

    /** The target as stored: a SHA-256 digest of its canonical, lower-case form. */
    static String digest(String target) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(target.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static boolean within(List<Window> windows, List<Instant> sent, Instant now) {
        return windows.stream()
                .allMatch(window -> sent.stream()
                                .filter(at -> at.isAfter(now.minus(window.length())))
                                .count()
                        < window.most());
    }

    private record Window(Duration length, int most) {}
}
