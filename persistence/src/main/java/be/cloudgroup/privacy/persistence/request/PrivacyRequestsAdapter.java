package be.cloudgroup.privacy.persistence.request;

import be.cloudgroup.privacy.request.PrivacyRequest;
import be.cloudgroup.privacy.request.PrivacyRequests;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class PrivacyRequestsAdapter implements PrivacyRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivacyRequestRepository repository;

    PrivacyRequestsAdapter(PrivacyRequestRepository repository) {
        this.repository = repository;
    }

    @Override
    public void submit(long customerId, PrivacyRequest request) {
        try {
            repository.save(new PrivacyRequestEntity(customerId, PrivacyRequestEntity.RECTIFICATION, request.status(),
                    JSON.writeValueAsString(new LinkedHashMap<>(request.proposedValues())), request.submittedAt(),
                    request.dueAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Proposed values cannot be written as JSON", e);
        }
    }

    @Override
    public List<PrivacyRequest> of(long customerId) {
        return repository.findByCustomerIdAndTypeOrderBySubmittedAtDesc(customerId, PrivacyRequestEntity.RECTIFICATION)
                .stream().map(PrivacyRequestsAdapter::request).toList();
    }

    private static PrivacyRequest request(PrivacyRequestEntity entity) {
        try {
            Map<String, String> proposed = JSON.readValue(entity.getProposedValues(), new TypeReference<>() { });
            return new PrivacyRequest(entity.getStatus(), proposed, entity.getSubmittedAt(), entity.getDueAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored proposed values are not valid JSON", e);
        }
    }
}
