package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits what an assist session tried and was refused, in a transaction of its own: the
 * refused operation's transaction rolls back, the evidence of the attempt does not.
 */
@Component
public class AssistRefusals {

    private final Auditor auditor;

    public AssistRefusals(Auditor auditor) {
        this.auditor = auditor;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AssistSession session, AssistOperation operation, AssistRefusedException.Reason reason) {
        auditor.record(
                AuditAction.ASSIST_ACTION_REFUSED,
                session.customerId(),
                AssistService.TARGET,
                Long.toString(session.id()),
                Map.of("operation", operation.name(), "reason", reason.name()));
    }
}
