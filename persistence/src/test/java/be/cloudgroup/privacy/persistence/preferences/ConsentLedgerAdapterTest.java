package be.cloudgroup.privacy.persistence.preferences;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import be.cloudgroup.privacy.preferences.AudienceRule;
import be.cloudgroup.privacy.preferences.ConsentEntry;
import be.cloudgroup.privacy.preferences.ConsentLedger;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.DecisionMeans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger on the real database: append-only, idempotent, and queried in SQL for audiences. */
class ConsentLedgerAdapterTest extends PersistenceTest {

    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");
    private static final ConsentSubject EMAIL = ConsentSubject.channel(CommunicationChannel.EMAIL);
    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2025-06-01T10:00:00Z");

    @Autowired
    ConsentLedger ledger;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void eraseCustomers() {
        created.forEach(id -> jdbc.update("DELETE FROM customer WHERE id = ?", id));
    }

    @Test
    void entries_read_back_exactly_in_recording_order() {
        long customer = customer(CustomerStatus.ACTIVE);
        ConsentEntry first = entry(customer, OFFERS, Decision.OBJECTED, T1);
        ConsentEntry second = new ConsentEntry(
                customer,
                EMAIL,
                Decision.WITHDRAWN,
                T1,
                1,
                DecisionMeans.EMAIL_LINK,
                null,
                "The customer via e-mail link");

        transactions.executeWithoutResult(status -> {
            assertThat(ledger.append(first, UUID.randomUUID())).isTrue();
            assertThat(ledger.append(second, UUID.randomUUID())).isTrue();
        });

        assertThat(ledger.entriesOf(customer)).containsExactly(first, second);
        List<ConsentEntry> locked = transactions.execute(status -> ledger.lockAndRead(customer));
        assertThat(locked).containsExactly(first, second);
    }

    @Test
    void the_same_idempotency_key_appends_one_row_and_the_transaction_goes_on() {
        long customer = customer(CustomerStatus.ACTIVE);
        UUID key = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            assertThat(ledger.append(entry(customer, OFFERS, Decision.OBJECTED, T1), key))
                    .isTrue();
            assertThat(ledger.append(entry(customer, OFFERS, Decision.OBJECTED, T1), key))
                    .isFalse();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM consent_decision WHERE idempotency_key = ?",
                            Integer.class,
                            key.toString()))
                    .isOne();
        });

        assertThat(rows(customer)).isOne();
    }

    @Test
    void the_same_idempotency_key_from_two_concurrent_transactions_appends_one_row() throws Exception {
        long customer = customer(CustomerStatus.ACTIVE);
        UUID key = UUID.randomUUID();
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(threads.submit(() -> transactions.execute(status -> {
                    bothInside.countDown();
                    await(bothInside);
                    return ledger.append(entry(customer, OFFERS, Decision.OBJECTED, T1), key);
                })));
            }
            List<Boolean> appended = new ArrayList<>();
            for (Future<Boolean> result : results) {
                appended.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(appended).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows(customer)).isOne();
    }

    @Test
    void the_database_rejects_every_update_and_delete_of_a_ledger_row() {
        long customer = customer(CustomerStatus.ACTIVE);
        transactions.executeWithoutResult(
                status -> ledger.append(entry(customer, OFFERS, Decision.OBJECTED, T1), UUID.randomUUID()));

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE consent_decision SET decision = 'OBJECTION_LIFTED' WHERE customer_id = ?", customer))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM consent_decision WHERE customer_id = ?", customer))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(ledger.entriesOf(customer))
                .extracting(ConsentEntry::decision)
                .containsExactly(Decision.OBJECTED);
    }

    @Test
    void erasing_the_customer_takes_the_ledger_with_it() {
        long customer = customer(CustomerStatus.ACTIVE);
        transactions.executeWithoutResult(
                status -> ledger.append(entry(customer, OFFERS, Decision.OBJECTED, T1), UUID.randomUUID()));

        jdbc.update("DELETE FROM customer WHERE id = ?", customer);

        assertThat(rows(customer)).isZero();
    }

    @Test
    void the_audience_is_evaluated_in_sql_at_any_instant() {
        long objectedThenLifted = customer(CustomerStatus.ACTIVE);
        long withdrewTheChannel = customer(CustomerStatus.ACTIVE);
        long neverDecided = customer(CustomerStatus.ACTIVE);
        long former = customer(CustomerStatus.FORMER);
        transactions.executeWithoutResult(status -> {
            for (long customer : List.of(objectedThenLifted, withdrewTheChannel, former)) {
                ledger.append(entry(customer, EMAIL, Decision.GIVEN, T1), UUID.randomUUID());
            }
            ledger.append(entry(objectedThenLifted, OFFERS, Decision.OBJECTED, T1), UUID.randomUUID());
            ledger.append(entry(objectedThenLifted, OFFERS, Decision.OBJECTION_LIFTED, T2), UUID.randomUUID());
            ledger.append(entry(withdrewTheChannel, EMAIL, Decision.WITHDRAWN, T2), UUID.randomUUID());
        });
        List<AudienceRule> rules = List.of(AudienceRule.notRestricted(OFFERS), AudienceRule.consentGiven(EMAIL));
        long before = Math.min(Math.min(objectedThenLifted, withdrewTheChannel), neverDecided) - 1;

        assertThat(ledger.customersAllowing(rules, T1, before, 10)).containsExactly(withdrewTheChannel);
        assertThat(ledger.customersAllowing(rules, T2, before, 10)).containsExactly(objectedThenLifted);
        assertThat(ledger.customersAllowing(rules, T2, objectedThenLifted, 10)).isEmpty();
        assertThat(ledger.customerAllows(withdrewTheChannel, rules, T1)).isTrue();
        assertThat(ledger.customerAllows(withdrewTheChannel, rules, T2)).isFalse();
        assertThat(ledger.customerAllows(former, List.of(AudienceRule.consentGiven(EMAIL)), T2))
                .isFalse();
        assertThat(ledger.customerAllows(neverDecided, List.of(AudienceRule.notRestricted(OFFERS)), T2))
                .isTrue();
    }

    private long customer(CustomerStatus status) {
        long id = customers.save(aCustomer().status(status).build()).getId();
        created.add(id);
        return id;
    }

    private long rows(long customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", Long.class, customer);
    }

    private static ConsentEntry entry(long customer, ConsentSubject subject, Decision decision, Instant at) {
        return new ConsentEntry(customer, subject, decision, at, 1, DecisionMeans.PORTAL, null, "An Peeters");
    }

    /** Both transactions are open before either appends, or the test fails: the calls overlap. */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction did not start within 10 s: the calls did not overlap");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other transaction", e);
        }
    }
}
