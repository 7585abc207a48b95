package be.cloudgroup.privacy.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.policy.NewPolicyVersion;
import be.cloudgroup.privacy.policy.PolicyAcknowledgements;
import be.cloudgroup.privacy.policy.PolicyPublications;
import be.cloudgroup.privacy.policy.PolicyText;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class PolicyAcknowledgementsAdapterTest extends PersistenceTest {

    private static final Instant PUBLISHED = Instant.parse("2030-03-01T09:00:00Z");
    private static final Actor CUSTOMER = new Actor(41L, "Anna Akkoord");

    @Autowired
    PolicyAcknowledgements acknowledgements;

    @Autowired
    PolicyPublications versions;

    @Autowired
    PolicyAcknowledgementRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    private long customerId;

    @BeforeEach
    void customerAndMaterialVersion() {
        customerId = jdbc.execute((ConnectionCallback<Long>) CustomerRow.aPrivateCustomer(
                CustomerNumber.of(9_999_901),
                PersonName.valueOf("Anna", "Akkoord"),
                EmailAddress.valueOf("anna@example.org"))::insert);
        versions.publish(new NewPolicyVersion(
                PUBLISHED, true, Map.of(Language.NL, new PolicyText("# V2", "Nieuw")), Actor.SYSTEM));
    }

    @Test
    void a_customer_acknowledges_a_version_once_however_often_it_is_recorded() {
        Instant first = PUBLISHED.plusSeconds(60);

        assertThat(acknowledgements.record(customerId, 2, first, CUSTOMER)).isTrue();
        assertThat(acknowledgements.record(customerId, 2, first.plusSeconds(1), CUSTOMER))
                .isFalse();

        assertThat(acknowledgements.latest(customerId)).hasValue(2);
        assertThat(repository
                        .findFirstByCustomerIdOrderByVersionDesc(customerId)
                        .orElseThrow()
                        .getAcknowledgedAt())
                .isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM policy_acknowledgement WHERE customer_id = ?", Long.class, customerId))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT actor_name FROM policy_acknowledgement WHERE customer_id = ?",
                        String.class,
                        customerId))
                .isEqualTo("Anna Akkoord");
    }

    @Test
    void the_latest_acknowledged_version_is_the_highest() {
        assertThat(acknowledgements.latest(customerId)).isEmpty();

        acknowledgements.record(customerId, 2, PUBLISHED.plusSeconds(5), CUSTOMER);

        assertThat(acknowledgements.latest(customerId)).hasValue(2);
    }
}
