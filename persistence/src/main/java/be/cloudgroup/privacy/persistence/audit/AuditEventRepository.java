package be.cloudgroup.privacy.persistence.audit;

import org.springframework.data.repository.Repository;

/** Append-only: the trail can be written, and read by the features that show it; never changed. */
interface AuditEventRepository extends Repository<AuditEventEntity, Long> {

    AuditEventEntity save(AuditEventEntity event);
}
