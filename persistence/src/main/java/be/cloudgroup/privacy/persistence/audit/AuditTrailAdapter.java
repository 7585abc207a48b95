package be.cloudgroup.privacy.persistence.audit;

import be.cloudgroup.privacy.audit.AuditEvent;
import be.cloudgroup.privacy.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

@Component
class AuditTrailAdapter implements AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditEventRepository events;

    AuditTrailAdapter(AuditEventRepository events) {
        this.events = events;
    }

    @Override
    public void record(AuditEvent event) {
        events.save(new AuditEventEntity(
                event.occurredAt(),
                event.actorAccountId(),
                event.actorName(),
                event.onBehalfOfAccountId(),
                event.subjectCustomerId(),
                event.action(),
                event.targetType(),
                event.targetId(),
                toJson(event)));
    }

    private static String toJson(AuditEvent event) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(event.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details cannot be written as JSON", e);
        }
    }
}
