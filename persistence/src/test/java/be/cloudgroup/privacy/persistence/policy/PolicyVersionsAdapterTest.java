package be.cloudgroup.privacy.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.policy.PolicyVersions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class PolicyVersionsAdapterTest extends PersistenceTest {

    @Autowired
    PolicyVersions versions;

    @Autowired
    PolicyVersionRepository repository;

    @Test
    void the_seed_statement_is_version_1_and_in_force_today() {
        assertThat(versions.inForce(Instant.parse("2026-11-26T08:00:00Z"))).isEqualTo(1);
    }

    @Test
    void a_version_is_in_force_from_its_publication_on() {
        Instant published = Instant.parse("2030-03-01T09:00:00Z");
        repository.saveAndFlush(new PolicyVersionEntity(2, published, true));

        assertThat(versions.inForce(published.minusNanos(1000))).isEqualTo(1);
        assertThat(versions.inForce(published)).isEqualTo(2);
    }

    @Test
    void nothing_is_in_force_before_the_first_version() {
        assertThatThrownBy(() -> versions.inForce(Instant.parse("2020-01-01T00:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
    }
}
