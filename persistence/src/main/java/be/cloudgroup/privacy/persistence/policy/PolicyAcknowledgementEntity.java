package be.cloudgroup.privacy.persistence.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A customer's acknowledgement of a material version; written only by the repository's
 * insert-once statement and never changed.
 */
@Entity
@Immutable
@Table(name = "policy_acknowledgement")
public class PolicyAcknowledgementEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    protected PolicyAcknowledgementEntity() {
        // for JPA
    }

    int getVersion() {
        return version;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
