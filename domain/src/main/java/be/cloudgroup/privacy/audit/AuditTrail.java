package be.cloudgroup.privacy.audit;

/** Port to the append-only audit store. There is no update and no delete. */
public interface AuditTrail {

    void record(AuditEvent event);
}
