package be.cloudgroup.privacy.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One append-only entry of the audit trail: who did what, on whose behalf, to which customer's
 * data, when. Written in the same transaction as the change it records. Details hold field
 * names and values needed as evidence; never secrets such as codes or tokens.
 *
 * @param actorAccountId        the account that acted; {@code null} for the system
 * @param actorName             name of the actor at the time (accounts may be renamed later)
 * @param onBehalfOfAccountId   during an assist session: the agent acting for the customer
 * @param subjectCustomerId     the customer whose data was read or changed, if any
 */
public record AuditEvent(
        Instant occurredAt,
        Long actorAccountId,
        String actorName,
        Long onBehalfOfAccountId,
        Long subjectCustomerId,
        AuditAction action,
        String targetType,
        String targetId,
        Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
