package be.cloudgroup.privacy.persistence.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The published versions of the privacy statement. */
public interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, Long> {

    Optional<PolicyVersionEntity> findFirstByPublishedAtLessThanEqualOrderByVersionDesc(Instant at);

    Optional<PolicyVersionEntity> findFirstByMaterialTrueAndPublishedAtLessThanEqualOrderByVersionDesc(Instant at);

    Optional<PolicyVersionEntity> findFirstByOrderByVersionDesc();

    Optional<PolicyVersionEntity> findByVersion(int version);

    List<PolicyVersionEntity> findAllByOrderByVersionDesc();
}
