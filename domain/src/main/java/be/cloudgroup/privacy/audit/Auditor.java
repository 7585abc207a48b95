package be.cloudgroup.privacy.audit;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events with the real actor and the injected clock. It joins the caller's
 * transaction (and refuses to run without one), so an event exists exactly when its change does.
 */
@Component
public class Auditor {

    private final AuditTrail trail;
    private final Clock clock;
    private final CurrentActor currentActor;

    public Auditor(AuditTrail trail, Clock clock, CurrentActor currentActor) {
        this.trail = trail;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    /** Records an action of the signed-in account, or of the system when nobody is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, Long subjectCustomerId, String targetType, String targetId,
            Map<String, String> details) {
        Actor actor = currentActor.get().orElse(Actor.SYSTEM);
        record(actor, action, subjectCustomerId, targetType, targetId, details);
    }

    /** Records an action of an explicitly named actor (e.g. the account that is signing in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, Long subjectCustomerId, String targetType, String targetId,
            Map<String, String> details) {
        trail.record(new AuditEvent(clock.instant(), actor.accountId(), actor.name(), null, subjectCustomerId,
                action, targetType, targetId, details));
    }
}
