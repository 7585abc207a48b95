package be.cloudgroup.privacy.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code details} column of {@code audit_event} (a JSON object that {@link AuditTrailAdapter}
 * writes) back into text values, in stored order; every reader of the trail asks here.
 */
public final class AuditDetails {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private AuditDetails() {}

    /** No details for an empty column; a value that is not a JSON object is shown whole under "details". */
    public static Map<String, String> read(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> details = new LinkedHashMap<>();
            JSON.readValue(json, MAP)
                    .forEach((key, value) -> details.put(key, value == null ? "" : String.valueOf(value)));
            return details;
        } catch (JsonProcessingException e) {
            return Map.of("details", json);
        }
    }
}
