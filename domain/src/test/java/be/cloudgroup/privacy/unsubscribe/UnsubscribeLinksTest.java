package be.cloudgroup.privacy.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinkException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnsubscribeLinksTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";
    private static final Instant SENT = Instant.parse("2026-11-26T08:00:00Z");
    private static final CustomerNumber CUSTOMER = CustomerNumber.of(18);

    private static UnsubscribeLinks linksAt(Instant now) {
        return new UnsubscribeLinks(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void a_link_names_the_customer_and_topic_it_was_issued_for_until_it_expires() {
        String token = linksAt(SENT).issue(CUSTOMER, SubscriptionTopic.PRODUCT_NEWS);

        UnsubscribeLink link =
                linksAt(SENT.plus(UnsubscribeLinks.VALIDITY).minusSeconds(1)).read(token);

        assertThat(link.customer()).isEqualTo(CUSTOMER);
        assertThat(link.topic()).isEqualTo(SubscriptionTopic.PRODUCT_NEWS);
        assertThat(link.expiresAt()).isEqualTo(SENT.plus(UnsubscribeLinks.VALIDITY));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void every_mail_gets_its_own_link() {
        UnsubscribeLinks links = linksAt(SENT);
        String first = links.issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);
        String second = links.issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);

        assertThat(first).isNotEqualTo(second);
        assertThat(links.read(first).nonce()).isNotEqualTo(links.read(second).nonce());
    }

    @Test
    void a_link_past_its_validity_is_expired() {
        String token = linksAt(SENT).issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);

        assertThatThrownBy(() -> linksAt(SENT.plus(UnsubscribeLinks.VALIDITY)).read(token))
                .isInstanceOfSatisfying(
                        UnsubscribeLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
    }

    @Test
    void a_link_for_another_customer_made_by_editing_the_payload_is_refused() {
        String token = linksAt(SENT).issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace(
                                        CUSTOMER.toString(),
                                        CustomerNumber.of(19).toString())
                                .getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertRefusedAsTampered(linksAt(SENT), forged);
    }

    @Test
    void a_link_signed_with_another_secret_is_refused() {
        String token = new UnsubscribeLinks(
                        "another-secret-of-at-least-32-characters", Clock.fixed(SENT, ZoneOffset.UTC))
                .issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);

        assertRefusedAsTampered(linksAt(SENT), token);
    }

    @Test
    void a_link_with_a_changed_signature_is_refused() {
        String token = linksAt(SENT).issue(CUSTOMER, SubscriptionTopic.NEWSLETTER);
        // the first character of the signature: all six of its bits count (the last one's low bits are padding)
        int first = token.indexOf('.') + 1;
        String altered =
                token.substring(0, first) + (token.charAt(first) == 'A' ? 'B' : 'A') + token.substring(first + 1);

        assertRefusedAsTampered(linksAt(SENT), altered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b.c", ".", "!!!.???", "eyJ4IjoxfQ.c2ln"})
    void anything_that_is_not_a_link_of_ours_is_refused(String token) {
        assertRefusedAsTampered(linksAt(SENT), token);
    }

    @Test
    void a_short_secret_stops_the_portal_from_starting() {
        assertThatThrownBy(() -> new UnsubscribeLinks("too-short", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_UNSUBSCRIBE_SECRET");
    }

    private static void assertRefusedAsTampered(UnsubscribeLinks links, String token) {
        assertThatThrownBy(() -> links.read(token))
                .isInstanceOfSatisfying(
                        UnsubscribeLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
    }
}
