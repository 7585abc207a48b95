package be.cloudgroup.privacy.ui.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.activation.ActivationAnswer;
import be.cloudgroup.privacy.activation.ActivationIdentity;
import be.cloudgroup.privacy.activation.ActivationResult;
import be.cloudgroup.privacy.activation.ActivationService;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Activation against the real database and a real SMTP server (GreenMail): codes, answers, throttling, roles. */
class ActivationServiceTest extends PortalTest {

    private static final String ISSUER = "https://identity.test/activation";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern MASKED = Pattern.compile("(.•••@.+|\\+\\d{2}•+\\d{2})");
    private static final AtomicInteger UNKNOWN = new AtomicInteger(9_000_000);

    @Autowired
    private ActivationService activation;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void forgetActivations() {
        data.update("DELETE FROM activation WHERE issuer = ?", ISSUER);
        data.update("DELETE FROM audit_event WHERE subject_customer_id IS NULL AND details LIKE ?", "%" + ISSUER + "%");
    }

    @Test
    void the_right_code_makes_a_customer_account_linked_to_the_identity_and_the_customer() throws Exception {
        Customer customer = data.customer("Ada", "Activate");
        ActivationIdentity identity = identity();

        ActivationAnswer answer = activation.request(identity, customer.customerNumber());

        assertThat(answer).isEqualTo(new ActivationAnswer.CodeSent("t•••@example.org"));
        MimeMessage message = onlyMessage();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(customer.email());
        String code = code(message);
        assertThat(data.count("SELECT COUNT(*) FROM activation WHERE code_hash LIKE ?", "%" + code + "%"))
                .isZero();

        assertThat(activation.confirm(identity, customer.customerNumber(), code))
                .isEqualTo(ActivationResult.ACTIVATED);

        long account = data.adoptAccount(customer.email());
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND customer_id = ? AND issuer = ?"
                                + " AND subject = ? AND status = 'ACTIVE'",
                        account,
                        customer.id(),
                        ISSUER,
                        identity.subject()))
                .isOne();
        assertThat(data.text("SELECT GROUP_CONCAT(role) FROM portal_account_role WHERE account_id = ?", account))
                .isEqualTo(Role.CUSTOMER.name());
        assertThat(events(customer, "ACTIVATION_REQUESTED")).isOne();
        assertThat(events(customer, "ACCOUNT_ACTIVATED")).isOne();
        assertThat(data.count("SELECT COUNT(*) FROM activation WHERE subject = ?", identity.subject()))
                .isZero();
    }

    @Test
    void a_wrong_code_uses_an_attempt_is_audited_on_the_customer_and_the_last_attempt_ends_the_code() throws Exception {
        Customer customer = data.customer("Walter", "Wrong");
        ActivationIdentity identity = identity();
        activation.request(identity, customer.customerNumber());
        String code = code(onlyMessage());

        for (int attempt = 0; attempt < ContactVerificationService.MAX_ATTEMPTS; attempt++) {
            assertThat(activation.confirm(identity, customer.customerNumber(), wrong(code)))
                    .isEqualTo(ActivationResult.WRONG_CODE);
        }

        assertThat(activation.confirm(identity, customer.customerNumber(), code))
                .isEqualTo(ActivationResult.EXPIRED);
        assertThat(events(customer, "ACTIVATION_CODE_WRONG")).isEqualTo(ContactVerificationService.MAX_ATTEMPTS);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE customer_id = ?", customer.id()))
                .isZero();
    }

    @Test
    void a_code_counts_only_with_the_number_it_was_sent_for() throws Exception {
        Customer customer = data.customer("Nina", "Number");
        Customer other = data.customer("Otto", "Other");
        ActivationIdentity identity = identity();
        activation.request(identity, customer.customerNumber());
        String code = code(onlyMessage());

        assertThat(activation.confirm(identity, other.customerNumber(), code)).isEqualTo(ActivationResult.WRONG_CODE);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE customer_id IN (?, ?)", customer.id(), other.id()))
                .isZero();
    }

    @Test
    void an_unknown_number_looks_like_a_known_one_and_no_code_opens_it() throws Exception {
        ActivationIdentity identity = identity();
        String unknown = CustomerNumber.of(UNKNOWN.incrementAndGet()).toString();

        ActivationAnswer answer = activation.request(identity, unknown);
        ActivationAnswer again = activation.request(identity(), unknown);

        assertThat(answer).isInstanceOf(ActivationAnswer.CodeSent.class);
        assertThat(((ActivationAnswer.CodeSent) answer).hint()).matches(MASKED);
        assertThat(again)
                .as("the same number shows the same hint, as a real address would")
                .isEqualTo(answer);
        assertThat(activation.confirm(identity, unknown, "123456")).isEqualTo(ActivationResult.WRONG_CODE);
        assertThat(smtp().waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACTIVATION_REQUESTED'"
                                + " AND subject_customer_id IS NULL AND target_id IS NULL AND details LIKE ?",
                        "%UNKNOWN_NUMBER%"))
                .isPositive();
    }

    @Test
    void a_number_with_an_account_gets_no_code_the_same_answer_and_an_audit_event() throws Exception {
        Customer customer = data.customer("Alma", "Already");
        data.customerPrincipal(customer);
        ActivationIdentity identity = identity();

        ActivationAnswer answer = activation.request(identity, customer.customerNumber());

        assertThat(answer).isEqualTo(new ActivationAnswer.CodeSent("t•••@example.org"));
        assertThat(smtp().waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = ? AND details LIKE ?",
                        customer.id(),
                        "ACTIVATION_REQUESTED",
                        "%ALREADY_ACTIVATED%"))
                .isOne();
        assertThat(activation.confirm(identity, customer.customerNumber(), "000000"))
                .isEqualTo(ActivationResult.WRONG_CODE);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE customer_id = ?", customer.id()))
                .isOne();
    }

    @Test
    void an_identity_asks_a_limited_number_of_times_per_window() {
        ActivationIdentity identity = identity();
        String unknown = CustomerNumber.of(UNKNOWN.incrementAndGet()).toString();
        for (int request = 0; request < ActivationService.REQUESTS_PER_WINDOW; request++) {
            assertThat(activation.request(identity, unknown)).isInstanceOf(ActivationAnswer.CodeSent.class);
        }

        assertThat(activation.request(identity, unknown)).isInstanceOf(ActivationAnswer.TooManyRequests.class);
        assertThat(activation.request(identity(), unknown))
                .as("another identity is not held back")
                .isInstanceOf(ActivationAnswer.CodeSent.class);
    }

    @Test
    void a_customer_receives_a_limited_number_of_codes_per_window_whoever_asks() throws Exception {
        Customer customer = data.customer("Sam", "Spammed");
        for (int request = 0; request <= ActivationService.CODES_PER_WINDOW; request++) {
            assertThat(activation.request(identity(), customer.customerNumber()))
                    .as("the answer never tells the customer was spared")
                    .isEqualTo(new ActivationAnswer.CodeSent("t•••@example.org"));
        }

        assertThat(smtp().waitForIncomingEmail(5_000, ActivationService.CODES_PER_WINDOW))
                .isTrue();
        assertThat(smtp().waitForIncomingEmail(1_000, ActivationService.CODES_PER_WINDOW + 1))
                .isFalse();
    }

    @Test
    void staff_accounts_never_come_from_activation() throws Exception {
        Customer customer = data.customer("Stef", "Staff");
        long staff = data.account(customer.email().toUpperCase(), "Stef Staff", AccountStatus.ACTIVE, null, Role.ADMIN);
        data.update("UPDATE portal_account SET email = ? WHERE id = ?", customer.email(), staff);
        ActivationIdentity identity = identity();
        activation.request(identity, customer.customerNumber());

        assertThat(activation.confirm(identity, customer.customerNumber(), code(onlyMessage())))
                .as("the customer's e-mail belongs to a staff account: nothing is made or linked")
                .isEqualTo(ActivationResult.NOT_POSSIBLE);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE customer_id = ?", customer.id()))
                .isZero();
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE id = ? AND issuer IS NULL", staff))
                .isOne();
        assertThat(events(customer, "ACTIVATION_REFUSED")).isOne();

        data.update("UPDATE portal_account SET issuer = ?, subject = ? WHERE id = ?", ISSUER, "staff-" + staff, staff);
        assertThatThrownBy(() -> activation.request(
                        new ActivationIdentity(ISSUER, "staff-" + staff, null, false), customer.customerNumber()))
                .as("an identity with an account does not activate another")
                .isInstanceOf(IllegalStateException.class);
    }

    private static ActivationIdentity identity() {
        return new ActivationIdentity(ISSUER, UUID.randomUUID().toString(), null, false);
    }

    private long events(Customer customer, String action) {
        return data.count(
                "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = ?", customer.id(), action);
    }

    private static MimeMessage onlyMessage() {
        assertThat(smtp().waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] messages = smtp().getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String code(MimeMessage message) {
        Matcher matcher = CODE.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
