package be.cloudgroup.privacy.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells the {@link Auditor} whether an actor acts for a customer in an assist session, so every
 * event such an actor writes about that customer names the agent and the session. Implemented by
 * the assist feature; the real actor is never replaced.
 */
public interface ActingOnBehalf {

    /** Nobody ever acts on someone's behalf (tests that build an Auditor by hand). */
    ActingOnBehalf NONE = (actor, subject) -> Optional.empty();

    /** @param agentAccountId the staff member acting for the customer */
    record Agent(long agentAccountId, long assistSessionId) {}

    Optional<Agent> of(Actor actor, @Nullable Long subjectCustomerId);
}
