package be.cloudgroup.privacy.request;

import java.time.Instant;
import java.util.Map;

/**
 * A request as the port returns it: its row (whose customer it is, what was asked, when it was
 * received) and its timeline, as a {@link RequestHistory}. Never leaves the domain: views get
 * {@link RequestDetails}.
 */
public record StoredRequest(
        long id,
        RequestReference reference,
        long customerId,
        String customerNumber,
        RequestType type,
        Map<String, String> particulars,
        Instant receivedAt,
        RequestHistory history) {

    public StoredRequest {
        particulars = Map.copyOf(particulars);
    }
}
