package be.cloudgroup.privacy.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events with the real actor and the injected clock. It joins the caller's
 * transaction (and refuses to run without one), so an event exists exactly when its change does.
 */
@Component
public class Auditor {

    /** The detail naming the assist session an event happened in. */
    public static final String ASSIST_SESSION = "assistSession";

    private final AuditTrail trail;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final ActingOnBehalf onBehalf;

    public Auditor(AuditTrail trail, Clock clock, CurrentActor currentActor) {
        this(trail, clock, currentActor, ActingOnBehalf.NONE);
    }

    /** During an assist session, events about the assisted customer name the agent and the session. */
    @Autowired
    public Auditor(AuditTrail trail, Clock clock, CurrentActor currentActor, ActingOnBehalf onBehalf) {
        this.trail = trail;
        this.clock = clock;
        this.currentActor = currentActor;
        this.onBehalf = onBehalf;
    }

    /** Records an action of the signed-in account, or of the system when nobody is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action,
            Long subjectCustomerId,
            String targetType,
            String targetId,
            Map<String, String> details) {
        Actor actor = currentActor.get().orElse(Actor.SYSTEM);
        record(actor, action, subjectCustomerId, targetType, targetId, details);
    }

    /** Records an action of an explicitly named actor (e.g. the account that is signing in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Actor actor,
            AuditAction action,
            Long subjectCustomerId,
            String targetType,
            String targetId,
            Map<String, String> details) {
        Optional<ActingOnBehalf.Agent> agent = onBehalf.of(actor, subjectCustomerId);
        Map<String, String> evidence = details;
        if (agent.isPresent()) {
            evidence = new HashMap<>(details);
            evidence.put(ASSIST_SESSION, Long.toString(agent.get().assistSessionId()));
        }
        trail.record(new AuditEvent(
                clock.instant(),
                actor.accountId(),
                actor.name(),
                agent.map(ActingOnBehalf.Agent::agentAccountId).orElse(null),
                subjectCustomerId,
                action,
                targetType,
                targetId,
                evidence));
    }
}
