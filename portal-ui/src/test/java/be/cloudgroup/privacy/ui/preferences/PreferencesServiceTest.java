package be.cloudgroup.privacy.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.preferences.ConsentEntry;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.DecisionMeans;
import be.cloudgroup.privacy.preferences.DecisionOutcome;
import be.cloudgroup.privacy.preferences.DecisionRefusedException;
import be.cloudgroup.privacy.preferences.Preferences;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinkException;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The Preferences service: subject from authentication, one ledger row per decision, each audited. */
class PreferencesServiceTest extends PortalTest {

    private static final ConsentSubject NEWSLETTER =
            ConsentSubject.topic(SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL);
    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");

    @Autowired
    private UnsubscribeLinks links;

    @Autowired
    private PreferencesService service;

    @Test
    void a_decision_is_recorded_for_the_signed_in_customer_with_the_policy_version_and_audited_with_the_real_actor() {
        Customer customer = data.customer("Ria", "Recht");
        AccountPrincipal principal = data.customerPrincipal(customer);
        runAs(principal);

        assertThat(service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, UUID.randomUUID())))
                .isEqualTo(DecisionOutcome.RECORDED);

        assertThat(service.preferences(Language.EN).history()).singleElement().satisfies(entry -> {
            assertThat(entry.customerId()).isEqualTo(customer.id());
            assertThat(entry.decision()).isEqualTo(Decision.GIVEN);
            assertThat(entry.means()).isEqualTo(DecisionMeans.PORTAL);
            assertThat(entry.actorAccountId()).isEqualTo(principal.accountId());
            assertThat(entry.actorName()).isEqualTo("Test Recht");
            assertThat(entry.policyVersion()).isEqualTo(1);
        });
        assertThat(data.count("""
                SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = 'CONSENT_GIVEN'
                  AND actor_account_id = ? AND actor_name = 'Test Recht' AND target_type = 'consent'
                  AND target_id = 'TOPIC:NEWSLETTER:EMAIL'""", customer.id(), principal.accountId())).isOne();
    }

    @Test
    void preferences_follow_the_register_and_start_with_nothing_given_and_nothing_objected() {
        runAs(data.customerPrincipal(data.customer("Nele", "Nieuw")));

        Preferences preferences = service.preferences(Language.EN);

        assertThat(preferences.purposes())
                .hasSize(12)
                .first()
                .satisfies(purpose -> assertThat(purpose.purpose().code()).isEqualTo("CONTRACT_DELIVERY"));
        assertThat(preferences.purposes()).allSatisfy(purpose -> {
            assertThat(purpose.preference().current()).isNull();
            assertThat(purpose.preference().control())
                    .isEqualTo(purpose.purpose().control());
        });
        assertThat(preferences.channels()).hasSize(4).noneMatch(channel -> channel.given());
        assertThat(preferences.topics()).hasSize(12).noneMatch(topic -> topic.given());
        assertThat(preferences.thirdPartySharing().control()).isEqualTo(CustomerControl.OBJECT);
        assertThat(preferences.thirdPartySharing().objected()).isFalse();
    }

    @Test
    void the_same_decision_twice_appends_one_row_like_a_double_click() {
        Customer customer = data.customer("Dubbel", "Klik");
        runAs(data.customerPrincipal(customer));

        assertThat(service.decide(new DecideCommand(OFFERS, Decision.OBJECTED, UUID.randomUUID())))
                .isEqualTo(DecisionOutcome.RECORDED);
        assertThat(service.decide(new DecideCommand(OFFERS, Decision.OBJECTED, UUID.randomUUID())))
                .isEqualTo(DecisionOutcome.ALREADY_IN_EFFECT);

        assertThat(rows(customer)).isOne();
        assertThat(audits(customer)).isOne();
    }

    @Test
    void the_same_idempotency_key_twice_appends_one_row_like_a_resent_request() {
        Customer customer = data.customer("Her", "Zending");
        runAs(data.customerPrincipal(customer));
        UUID key = UUID.randomUUID();

        service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, key));
        service.decide(new DecideCommand(NEWSLETTER, Decision.WITHDRAWN, UUID.randomUUID()));
        assertThat(service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, key)))
                .isEqualTo(DecisionOutcome.ALREADY_IN_EFFECT);

        assertThat(service.preferences(Language.EN).history())
                .extracting(ConsentEntry::decision)
                .containsExactly(Decision.WITHDRAWN, Decision.GIVEN);
        assertThat(audits(customer)).isEqualTo(2);
    }

    @Test
    void the_same_request_in_two_concurrent_transactions_appends_one_row() throws Exception {
        Customer customer = data.customer("Twee", "Draden");
        AccountPrincipal principal = data.customerPrincipal(customer);
        UUID key = UUID.randomUUID();
        CountDownLatch ready = new CountDownLatch(2);
        List<long[]> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<DecisionOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(threads.submit(() -> {
                    runAs(principal);
                    ready.countDown();
                    assertThat(ready.await(10, TimeUnit.SECONDS))
                            .as("the other call started in time")
                            .isTrue();
                    long start = System.nanoTime();
                    DecisionOutcome outcome = service.decide(new DecideCommand(OFFERS, Decision.OBJECTED, key));
                    calls.add(new long[] {start, System.nanoTime()});
                    return outcome;
                }));
            }
            List<DecisionOutcome> results = new ArrayList<>();
            for (Future<DecisionOutcome> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(Math.max(calls.get(0)[0], calls.get(1)[0]))
                    .as("the second call started before the first had returned: the calls overlapped")
                    .isLessThan(Math.min(calls.get(0)[1], calls.get(1)[1]));
            assertThat(results).containsExactlyInAnyOrder(DecisionOutcome.RECORDED, DecisionOutcome.ALREADY_IN_EFFECT);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows(customer)).isOne();
        assertThat(audits(customer)).isOne();
    }

    @Test
    void a_decision_that_fails_to_save_leaves_no_row_and_the_previous_state_intact() {
        Customer customer = data.customer("Fout", "Opslag");
        runAs(data.customerPrincipal(customer));
        service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, UUID.randomUUID()));

        FailingAudit.whileAuditFails(
                data,
                customer,
                () -> assertThatThrownBy(() ->
                                service.decide(new DecideCommand(NEWSLETTER, Decision.WITHDRAWN, UUID.randomUUID())))
                        .isNotNull());

        assertThat(rows(customer)).isOne();
        assertThat(service.preferences(Language.EN).topics())
                .filteredOn(topic -> topic.subject().equals(NEWSLETTER))
                .singleElement()
                .satisfies(topic -> assertThat(topic.given()).isTrue());
    }

    @Test
    void a_purpose_on_contract_or_law_takes_no_decision_and_nothing_is_recorded() {
        Customer customer = data.customer("Con", "Tract");
        runAs(data.customerPrincipal(customer));

        assertThatThrownBy(() -> service.decide(
                        new DecideCommand(ConsentSubject.purpose("INVOICING"), Decision.OBJECTED, UUID.randomUUID())))
                .isInstanceOf(DecisionRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "preferences.refused.not-switchable");
        assertThatThrownBy(() -> service.decide(
                        new DecideCommand(ConsentSubject.purpose("NURTURING"), Decision.OBJECTED, UUID.randomUUID())))
                .hasFieldOrPropertyWithValue("messageKey", "preferences.refused.wrong-decision");
        assertThat(rows(customer)).isZero();
    }

    @Test
    void staff_have_no_preferences_to_decide() {
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(
                        () -> service.decide(new DecideCommand(OFFERS, Decision.OBJECTION_LIFTED, UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.preferences(Language.EN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_email_link_records_a_withdrawal_without_signing_in_once_however_often_it_is_followed() {
        Customer customer = data.customer("Link", "Klikker");
        runAs(data.customerPrincipal(customer));
        service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, UUID.randomUUID()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String link = links.issue(CustomerNumber.valueOf(customer.customerNumber()), SubscriptionTopic.NEWSLETTER);

        assertThat(service.recordByLink(link)).isEqualTo(DecisionOutcome.RECORDED);
        assertThat(service.recordByLink(link)).isEqualTo(DecisionOutcome.ALREADY_IN_EFFECT);

        assertThat(data.count("""
                SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND means = 'EMAIL_LINK'
                  AND decision = 'WITHDRAWN' AND actor_account_id IS NULL AND actor_name = ?""", customer.id(), PreferencesService.LINK_ACTOR))
                .isOne();
        assertThat(data.count("""
                SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = 'CONSENT_WITHDRAWN'
                  AND actor_account_id IS NULL AND actor_name = ?""", customer.id(), PreferencesService.LINK_ACTOR))
                .isOne();
    }

    private long rows(Customer customer) {
        return data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id());
    }

    private long audits(Customer customer) {
        return data.count(
                "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND target_type = 'consent'",
                customer.id());
    }

    @Test
    void a_link_decision_takes_its_customer_from_a_verified_link_only() {
        Customer customer = data.customer("Vals", "Link");
        runAs(data.customerPrincipal(customer));
        service.decide(new DecideCommand(NEWSLETTER, Decision.GIVEN, UUID.randomUUID()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String genuine = links.issue(CustomerNumber.valueOf(customer.customerNumber()), SubscriptionTopic.NEWSLETTER);
        String forged = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");

        assertThatThrownBy(() -> service.recordByLink(forged)).isInstanceOf(UnsubscribeLinkException.class);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND means = 'EMAIL_LINK'",
                        customer.id()))
                .isZero();
        assertThat(Arrays.stream(PreferencesService.class.getMethods())
                        .filter(method -> method.getDeclaringClass() == PreferencesService.class)
                        .filter(method -> method.isAnnotationPresent(PermitAll.class)))
                .as("what anyone may call names no customer: the customer comes from the verified link")
                .allSatisfy(method -> assertThat(method.getParameterTypes())
                        .doesNotContain(long.class, Long.class, CustomerNumber.class));
    }
}
