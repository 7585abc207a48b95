package be.cloudgroup.privacy.persistence.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's privacy request in {@code privacy_request}; proposed values are stored as JSON. */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequestEntity {

    static final String RECTIFICATION = "RECTIFICATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "type", length = 20, nullable = false)
    private String type;

    @Column(name = "status", length = 20, nullable = false)
    private String status;

    @Column(name = "proposed_values", columnDefinition = "TEXT", nullable = false)
    private String proposedValues;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected PrivacyRequestEntity() {
        // for JPA
    }

    PrivacyRequestEntity(long customerId, String type, String status, String proposedValues, Instant submittedAt,
            Instant dueAt) {
        this.customerId = customerId;
        this.type = type;
        this.status = status;
        this.proposedValues = proposedValues;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
    }

    String getStatus() {
        return status;
    }

    String getProposedValues() {
        return proposedValues;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }
}
