package be.cloudgroup.privacy.activity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One audit event about a customer as the store hands it over, before it is told from the
 * customer's point of view.
 *
 * @param action          name of the {@link be.cloudgroup.privacy.audit.AuditAction} (kept as text: the trail
 *                        outlives renamed actions)
 * @param actorAccountId  the account that acted; {@code null} for the system
 * @param onBehalfOfName  display name of the agent of an assist session, if any
 * @param userAgent       for a sign-in: the stored (shortened) user agent, else {@code null}
 */
public record ActivityRecord(
        long id,
        Instant occurredAt,
        String action,
        @Nullable Long actorAccountId,
        String actorName,
        @Nullable String onBehalfOfName,
        @Nullable String userAgent,
        Map<String, String> details) {

    public ActivityRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
