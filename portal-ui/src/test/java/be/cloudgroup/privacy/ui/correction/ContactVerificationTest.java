package be.cloudgroup.privacy.ui.correction;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.correction.CodeRefusedException;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.VerificationResult;
import be.cloudgroup.privacy.ui.CustomerRowLock;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail changes confirmed by a one-time code, delivered by a real SMTP server (GreenMail). */
class ContactVerificationTest extends KaribuTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    private ContactVerificationService service;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
    }

    @Test
    void requesting_an_email_change_sends_a_code_to_the_new_address_and_only_that_code_confirms_it() throws Exception {
        Customer customer = data.customer("Mila", "Mail");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        _click(_get(Button.class, spec -> spec.withId("change-email")));
        _setValue(_get(TextField.class, spec -> spec.withId("verification-new-value")), "mila.nieuw@example.org");
        _click(_get(Button.class, spec -> spec.withId("verification-send")));

        MimeMessage message = onlyMessage();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("mila.nieuw@example.org");
        String code = code(message);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM contact_verification WHERE customer_id = ? AND code_hash LIKE ?",
                        customer.id(),
                        "%" + code + "%"))
                .isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("verification-code")), wrong(code));
        _click(_get(Button.class, spec -> spec.withId("verification-confirm")));
        TextField codeField = _get(TextField.class, spec -> spec.withId("verification-code"));
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(hasEmail(customer, customer.email())).isTrue();

        _setValue(codeField, code);
        _click(_get(Button.class, spec -> spec.withId("verification-confirm")));

        assertThat(hasEmail(customer, "mila.nieuw@example.org")).isTrue();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = ?"
                                + " AND details LIKE ?",
                        customer.id(),
                        "CONTACT_CHANGE_CONFIRMED",
                        "%mila.nieuw@example.org%"))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM contact_verification WHERE customer_id = ?", customer.id()))
                .isZero();
    }

    @Test
    void an_expired_code_is_refused() throws Exception {
        Customer customer = data.customer("Eva", "Expired");
        runAs(data.customerPrincipal(customer));
        service.requestEmailChange("eva.later@example.org");
        String code = code(onlyMessage());
        data.update(
                "UPDATE contact_verification SET expires_at = ? WHERE customer_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                customer.id());

        assertThat(service.confirm(ContactChannel.EMAIL, code)).isEqualTo(VerificationResult.EXPIRED);
        assertThat(hasEmail(customer, customer.email())).isTrue();
    }

    @Test
    void after_five_wrong_codes_even_the_right_code_is_refused() throws Exception {
        Customer customer = data.customer("Tim", "Tries");
        runAs(data.customerPrincipal(customer));
        service.requestEmailChange("tim.other@example.org");
        String code = code(onlyMessage());

        for (int attempt = 0; attempt < ContactVerificationService.MAX_ATTEMPTS; attempt++) {
            assertThat(service.confirm(ContactChannel.EMAIL, wrong(code))).isEqualTo(VerificationResult.WRONG_CODE);
        }

        assertThat(service.confirm(ContactChannel.EMAIL, code)).isEqualTo(VerificationResult.EXPIRED);
        assertThat(hasEmail(customer, customer.email())).isTrue();
    }

    @Test
    void only_the_latest_request_counts() throws Exception {
        Customer customer = data.customer("Lou", "Latest");
        runAs(data.customerPrincipal(customer));
        service.requestEmailChange("lou.first@example.org");
        String firstCode = code(onlyMessage());
        smtp().purgeEmailFromAllMailboxes();
        service.requestEmailChange("lou.second@example.org");
        String secondCode = code(onlyMessage());

        if (!firstCode.equals(secondCode)) {
            assertThat(service.confirm(ContactChannel.EMAIL, firstCode)).isEqualTo(VerificationResult.WRONG_CODE);
        }
        assertThat(service.confirm(ContactChannel.EMAIL, secondCode)).isEqualTo(VerificationResult.CONFIRMED);
        assertThat(hasEmail(customer, "lou.second@example.org")).isTrue();
    }

    @Test
    void a_second_code_to_the_same_address_within_a_minute_is_refused_even_for_another_customer() throws Exception {
        Customer first = data.customer("Flo", "Flood");
        runAs(data.customerPrincipal(first));
        service.requestEmailChange("stranger@example.org");
        onlyMessage();

        assertThatThrownBy(() -> service.requestEmailChange("Stranger@example.org"))
                .isInstanceOf(CodeRefusedException.class);
        runAs(data.customerPrincipal(data.customer("Fien", "Flood")));
        assertThatThrownBy(() -> service.requestEmailChange("stranger@example.org"))
                .isInstanceOf(CodeRefusedException.class);

        assertThat(smtp().getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_customer_gets_at_most_five_codes_an_hour_whatever_the_addresses() throws Exception {
        Customer customer = data.customer("Vijf", "Codes");
        runAs(data.customerPrincipal(customer));
        for (int i = 0; i < 5; i++) {
            service.requestEmailChange("vijf" + i + "@example.org");
        }

        assertThatThrownBy(() -> service.requestEmailChange("zes@example.org"))
                .isInstanceOf(CodeRefusedException.class);
        assertThat(smtp().waitForIncomingEmail(5000, 5)).isTrue();
        assertThat(smtp().getReceivedMessages()).hasSize(5);
    }

    @Test
    void parallel_requests_of_one_customer_are_counted_one_after_the_other_under_its_row_lock() throws Exception {
        Customer customer = data.customer("Para", "Llel");
        Authentication authentication = runAs(data.customerPrincipal(customer));
        for (int i = 0; i < 4; i++) {
            service.requestEmailChange("para" + i + "@example.org");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> requests;
            boolean bothWaiting;
            // another transaction holds the customer's row, so both requests are in progress at once
            try (CustomerRowLock lock = CustomerRowLock.hold(transactions, data, customer.id())) {
                requests = Stream.of("para.a@example.org", "para.b@example.org")
                        .map(address -> pool.submit(() -> requestAs(authentication, address)))
                        .toList();
                bothWaiting = lock.awaitWaiting(2, Duration.ofSeconds(10));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> request : requests) {
                outcomes.add(request.get(10, TimeUnit.SECONDS));
            }

            assertThat(bothWaiting)
                    .as("both requests waited for the row at the same time")
                    .isTrue();
            assertThat(outcomes).containsExactlyInAnyOrder("SENT", "REFUSED");
            assertThat(data.count("SELECT COUNT(*) FROM contact_code_request WHERE customer_id = ?", customer.id()))
                    .isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrong_codes_count_across_a_new_code_and_five_of_them_stop_new_codes() throws Exception {
        Customer customer = data.customer("Gok", "Ker");
        runAs(data.customerPrincipal(customer));
        service.requestEmailChange("gok.een@example.org");
        String first = code(onlyMessage());
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(service.confirm(ContactChannel.EMAIL, wrong(first))).isEqualTo(VerificationResult.WRONG_CODE);
        }
        smtp().purgeEmailFromAllMailboxes();
        service.requestEmailChange("gok.twee@example.org");
        String second = code(onlyMessage());

        assertThat(service.confirm(ContactChannel.EMAIL, wrong(second))).isEqualTo(VerificationResult.WRONG_CODE);
        assertThat(service.confirm(ContactChannel.EMAIL, wrong(second))).isEqualTo(VerificationResult.WRONG_CODE);
        assertThat(service.confirm(ContactChannel.EMAIL, second))
                .as("five wrong codes in all: the new code did not reset the count")
                .isEqualTo(VerificationResult.EXPIRED);
        assertThatThrownBy(() -> service.requestEmailChange("gok.drie@example.org"))
                .isInstanceOf(CodeRefusedException.class);
        assertThat(hasEmail(customer, customer.email())).isTrue();
    }

    @Test
    void the_old_address_is_told_when_a_new_one_is_confirmed_without_being_given_the_new_one() throws Exception {
        Customer customer = data.customer("Oud", "Adres");
        runAs(data.customerPrincipal(customer));
        service.requestEmailChange("oud.nieuw@example.org");
        String code = code(onlyMessage());
        smtp().purgeEmailFromAllMailboxes();

        assertThat(service.confirm(ContactChannel.EMAIL, code)).isEqualTo(VerificationResult.CONFIRMED);

        MimeMessage notice = onlyMessage();
        assertThat(notice.getAllRecipients()).extracting(Object::toString).containsExactly(customer.email());
        assertThat((String) notice.getContent())
                .contains("o\u2022\u2022\u2022@example.org")
                .doesNotContain("oud.nieuw");
    }

    private boolean hasEmail(Customer customer, String email) {
        return data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND email = ?", customer.id(), email) == 1;
    }

    private static MimeMessage onlyMessage() {
        assertThat(smtp().waitForIncomingEmail(5000, 1)).isTrue();
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
        return code.equals("000000") ? "111111" : "000000";
    }

    private String requestAs(Authentication authentication, String address) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            service.requestEmailChange(address);
            return "SENT";
        } catch (CodeRefusedException refused) {
            return "REFUSED";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
