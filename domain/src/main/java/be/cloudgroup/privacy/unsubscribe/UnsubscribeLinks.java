package be.cloudgroup.privacy.unsubscribe;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs and reads the unsubscribe links of marketing e-mails. A link names the customer (by public
 * number), the topic, when it expires and a random nonce; an HMAC-SHA256 over all of it with the
 * portal's secret makes it tamper-evident. The nonce identifies the link, so following the same
 * link twice records one decision. Anyone holding the link may use it (it was mailed to the
 * customer), which is why it can only ever unsubscribe, never subscribe or reveal data. The nonce
 * is a random UUID: {@code UUID.randomUUID()} draws it from a cryptographically strong generator.
 */
@Component
public class UnsubscribeLinks {

    /** How long a link in a mail keeps working. */
    public static final Duration VALIDITY = Duration.ofDays(60);

    /** The shortest secret accepted: 32 characters, 256 bits for HMAC-SHA256. */
    static final int MIN_SECRET_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "1";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;

    public UnsubscribeLinks(@Value("${portal.unsubscribe.secret}") String secret, Clock clock) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("portal.unsubscribe.secret (PORTAL_UNSUBSCRIBE_SECRET) must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** A fresh token (URL-safe) for one mail to one customer about one topic. */
    public String issue(CustomerNumber customer, SubscriptionTopic topic) {
        String payload = String.join(
                ".",
                VERSION,
                customer.toString(),
                topic.name(),
                Long.toString(clock.instant().plus(VALIDITY).getEpochSecond()),
                UUID.randomUUID().toString());
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return BASE64.encodeToString(body) + "." + BASE64.encodeToString(sign(body));
    }

    /**
     * The link's content, if it was signed with this portal's secret and has not expired.
     *
     * @throws UnsubscribeLinkException {@code TAMPERED} for anything not signed by us (including
     *         garbage), {@code EXPIRED} for a genuine link past its time
     */
    public UnsubscribeLink read(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            throw new UnsubscribeLinkException(UnsubscribeLinkException.Reason.TAMPERED);
        }
        byte[] body;
        byte[] signature;
        try {
            body = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new UnsubscribeLinkException(UnsubscribeLinkException.Reason.TAMPERED);
        }
        if (!MessageDigest.isEqual(sign(body), signature)) {
            throw new UnsubscribeLinkException(UnsubscribeLinkException.Reason.TAMPERED);
        }
        // Signed by us, so the payload has the shape issue() gave it.
        String[] parts = new String(body, StandardCharsets.UTF_8).split("\\.");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new UnsubscribeLinkException(UnsubscribeLinkException.Reason.TAMPERED);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new UnsubscribeLinkException(UnsubscribeLinkException.Reason.EXPIRED);
        }
        return new UnsubscribeLink(
                CustomerNumber.valueOf(parts[1]),
                SubscriptionTopic.valueOf(parts[2]),
                expiresAt,
                UUID.fromString(parts[4]));
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
