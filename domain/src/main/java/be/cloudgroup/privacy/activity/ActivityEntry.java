package be.cloudgroup.privacy.activity;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of the customer's activity page.
 *
 * @param action         audit action name; the view translates it
 * @param actor          whether the customer, a staff member or the portal acted
 * @param actorName      name of the actor at the time
 * @param onBehalfOfName the agent of an assist session, or {@code null}
 * @param ipAddress      for a sign-in: the truncated IP address, else {@code null}
 * @param browser        for a sign-in: the browser and system, else {@code null}
 * @param details        the remaining evidence of the event (e.g. fields changed)
 */
public record ActivityEntry(
        long id,
        Instant occurredAt,
        String action,
        ActorKind actor,
        String actorName,
        @Nullable String onBehalfOfName,
        @Nullable String ipAddress,
        @Nullable Browser browser,
        Map<String, String> details) {

    public ActivityEntry {
        details = Map.copyOf(details);
    }

    public boolean isSignIn() {
        return "SIGN_IN".equals(action);
    }
}
