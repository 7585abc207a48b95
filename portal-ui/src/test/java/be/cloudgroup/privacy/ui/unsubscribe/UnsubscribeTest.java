package be.cloudgroup.privacy.ui.unsubscribe;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.newsletter.NewsletterCommand;
import be.cloudgroup.privacy.newsletter.NewsletterService;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Mailings go only to whom the ledger allows, each with its own signed link; the link unsubscribes
 * without signing in, once, and a tampered or expired link changes nothing. Real SMTP (GreenMail).
 */
class UnsubscribeTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/unsubscribe/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final ConsentSubject PRODUCT_NEWS_BY_EMAIL =
            ConsentSubject.topic(SubscriptionTopic.PRODUCT_NEWS, CommunicationChannel.EMAIL);

    @Autowired
    private PreferencesService preferences;

    @Autowired
    private NewsletterService newsletters;

    @Autowired
    private WebApplicationContext context;

    private final Map<Long, AccountPrincipal> principals = new HashMap<>();

    @Value("${portal.unsubscribe.secret}")
    private String secret;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
    }

    @Test
    void a_mailing_reaches_only_the_subscribers_the_ledger_allows_each_with_its_own_link() throws Exception {
        Customer subscriber = subscriber("Sien", "Subscribed");
        Customer objector = subscriber("Otto", "Objected");
        decide(objector, ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTED);
        Customer noEmail = subscriber("Wim", "Withdrawn");
        decide(noEmail, ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.GIVEN);
        decide(noEmail, ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.WITHDRAWN);
        Customer lifted = subscriber("Lore", "Lifted");
        decide(lifted, ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTED);
        decide(lifted, ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTION_LIFTED);
        Customer never = data.customer("Nele", "Never");

        sendProductNews();

        assertThat(recipients())
                .contains(subscriber.email(), lifted.email())
                .doesNotContain(objector.email(), noEmail.email(), never.email());
        MimeMessage mail = mailTo(subscriber);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<https?://\\S+/unsubscribe-one-click/\\S+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(token(subscriber)).isNotEqualTo(token(lifted));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM communication WHERE customer_id = ? AND kind = 'NEWSLETTER'"
                                + " AND subject = 'Product news'",
                        subscriber.id()))
                .isEqualTo(1);
        assertThat(data.count("SELECT COUNT(*) FROM communication WHERE customer_id = ?", objector.id()))
                .isZero();
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE action = 'NEWSLETTER_SENT'"
                        + " AND target_id = 'PRODUCT_NEWS' AND actor_name = 'Staff ADMIN'"))
                .isPositive();
    }

    @Test
    void the_link_shows_what_will_change_and_unsubscribes_once_only_when_confirmed() throws Exception {
        Customer customer = subscriber("Lien", "Link");
        sendProductNews();
        String token = token(customer);
        long before = ledgerRows(customer);

        UI.getCurrent().navigate("unsubscribe/" + token);

        assertThat(message()).contains("Product news", "t•••@example.org");
        assertThat(ledgerRows(customer)).as("opening the link changes nothing").isEqualTo(before);

        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));

        assertThat(message()).startsWith("Done");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND decision = 'WITHDRAWN'"
                                + " AND means = 'EMAIL_LINK' AND actor_name = ?",
                        customer.id(),
                        PreferencesService.LINK_ACTOR))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?"
                                + " AND action = 'CONSENT_WITHDRAWN'",
                        customer.id()))
                .isEqualTo(1);

        UI.getCurrent().navigate("unsubscribe/" + token);
        assertThat(message()).contains("there is nothing to change");
        _assertNone(Button.class, spec -> spec.withId("unsubscribe-confirm"));
        assertThat(ledgerRows(customer)).isEqualTo(before + 1);
    }

    @Test
    void a_tampered_link_says_so_and_changes_nothing() throws Exception {
        Customer customer = subscriber("Tom", "Tampered");
        Customer other = subscriber("Oona", "Other");
        sendProductNews();
        String token = token(customer);
        // the signature of one customer's link on the payload naming another
        String forged = token(other).substring(0, token(other).indexOf('.')) + token.substring(token.indexOf('.'));
        long before = ledgerRows(other);

        UI.getCurrent().navigate("unsubscribe/" + forged);

        assertThat(message()).contains("not valid", "Nothing was changed");
        _assertNone(Button.class, spec -> spec.withId("unsubscribe-confirm"));
        assertThat(ledgerRows(other)).isEqualTo(before);
    }

    @Test
    void an_expired_link_says_so_and_changes_nothing() {
        Customer customer = subscriber("Eva", "Expired");
        Instant longAgo = Instant.now().minus(UnsubscribeLinks.VALIDITY).minusSeconds(60);
        String expired = new UnsubscribeLinks(secret, Clock.fixed(longAgo, ZoneOffset.UTC))
                .issue(CustomerNumber.valueOf(customer.customerNumber()), SubscriptionTopic.PRODUCT_NEWS);
        long before = ledgerRows(customer);

        UI.getCurrent().navigate("unsubscribe/" + expired);

        assertThat(message()).contains("expired", "Nothing was changed");
        assertThat(ledgerRows(customer)).isEqualTo(before);
    }

    @Test
    void mail_programs_unsubscribe_in_one_click_without_a_session_or_a_csrf_token() throws Exception {
        Customer customer = subscriber("Olaf", "Oneclick");
        sendProductNews();
        String token = token(customer);
        MockMvc http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        long before = ledgerRows(customer);

        http.perform(post("/unsubscribe-one-click/" + token + "x").param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isForbidden());
        assertThat(ledgerRows(customer)).isEqualTo(before);

        http.perform(post("/unsubscribe-one-click/" + token).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isNoContent());
        http.perform(post("/unsubscribe-one-click/" + token).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isNoContent());
        assertThat(ledgerRows(customer)).isEqualTo(before + 1);

        http.perform(get("/unsubscribe-one-click/" + token))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/unsubscribe/" + token));
    }

    /** A customer who subscribed to product news by e-mail in the portal. */
    private Customer subscriber(String firstName, String lastName) {
        Customer customer = data.customer(firstName, lastName);
        decide(customer, PRODUCT_NEWS_BY_EMAIL, Decision.GIVEN);
        return customer;
    }

    private void decide(Customer customer, ConsentSubject subject, Decision decision) {
        runAs(principals.computeIfAbsent(customer.id(), id -> data.customerPrincipal(customer)));
        try {
            preferences.decide(new DecideCommand(subject, decision, UUID.randomUUID()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void sendProductNews() {
        runAs(data.staffPrincipal(Role.ADMIN));
        try {
            newsletters.send(
                    new NewsletterCommand(SubscriptionTopic.PRODUCT_NEWS, "Product news", "Softphones for all."));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long ledgerRows(Customer customer) {
        return data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id());
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("unsubscribe-message")).getText();
    }

    private static List<String> recipients() throws Exception {
        return Arrays.stream(smtp().getReceivedMessages())
                .flatMap(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).map(Object::toString);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static MimeMessage mailTo(Customer customer) {
        return Arrays.stream(smtp().getReceivedMessagesForDomain(customer.email()))
                .findFirst()
                .orElseThrow();
    }

    private static String token(Customer customer) throws Exception {
        Matcher link = LINK.matcher((String) mailTo(customer).getContent());
        assertThat(link.find())
                .as("the mail to %s has an unsubscribe link", customer.email())
                .isTrue();
        return link.group(1);
    }
}
