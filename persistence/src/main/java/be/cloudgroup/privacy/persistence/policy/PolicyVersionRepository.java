package be.cloudgroup.privacy.persistence.policy;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The published versions of the privacy statement. */
public interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, Long> {

    Optional<PolicyVersionEntity> findFirstByPublishedAtLessThanEqualOrderByVersionDesc(Instant at);
}
