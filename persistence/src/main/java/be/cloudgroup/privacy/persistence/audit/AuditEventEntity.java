package be.cloudgroup.privacy.persistence.audit;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit event. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", length = Actor.MAX_NAME_LENGTH, nullable = false)
    private String actorName;

    @Column(name = "on_behalf_of_account_id")
    private Long onBehalfOfAccountId;

    @Column(name = "subject_customer_id")
    private Long subjectCustomerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 60, nullable = false)
    private AuditAction action;

    @Column(name = "target_type", length = 40, nullable = false)
    private String targetType;

    @Column(name = "target_id", length = 60)
    private String targetId;

    @Column(name = "details", columnDefinition = "TEXT", nullable = false)
    private String details;

    protected AuditEventEntity() {}

    AuditEventEntity(
            Instant occurredAt,
            Long actorAccountId,
            String actorName,
            Long onBehalfOfAccountId,
            Long subjectCustomerId,
            AuditAction action,
            String targetType,
            String targetId,
            String details) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.onBehalfOfAccountId = onBehalfOfAccountId;
        this.subjectCustomerId = subjectCustomerId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getSubjectCustomerId() {
        return subjectCustomerId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }
}
