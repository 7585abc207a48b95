package be.cloudgroup.privacy.persistence.policy;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The customers' acknowledgements of material versions of the statement. */
public interface PolicyAcknowledgementRepository extends JpaRepository<PolicyAcknowledgementEntity, Long> {

    /**
     * Inserts the acknowledgement unless the customer already acknowledged the version (the
     * unique key decides, so concurrent requests also give one row).
     *
     * @return 1 when inserted, 0 when it was already there
     */
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO policy_acknowledgement (customer_id, version, acknowledged_at, actor_account_id, actor_name)
            VALUES (:customerId, :version, :at, :actorAccountId, :actorName)""", nativeQuery = true)
    int insertOnce(long customerId, int version, Instant at, Long actorAccountId, String actorName);

    Optional<PolicyAcknowledgementEntity> findFirstByCustomerIdOrderByVersionDesc(long customerId);
}
