package be.cloudgroup.privacy.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One audit event as an administrator sees it. The subject customer is named by public number,
 * never by internal id; when the customer has been erased since, the number is {@code null} and
 * {@code subjectErased} is true (the trail outlives erased data).
 *
 * @param action         name of the {@link AuditAction} (kept as text: the trail outlives renamed actions)
 * @param onBehalfOfName the agent of an assist session, or {@code null}
 */
public record AuditEventSummary(
        long id,
        Instant occurredAt,
        String action,
        String actorName,
        String onBehalfOfName,
        String subjectCustomerNumber,
        boolean subjectErased,
        String targetType,
        String targetId,
        Map<String, String> details) {

    public AuditEventSummary {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
