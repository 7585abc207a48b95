package be.cloudgroup.privacy.request;

import java.time.Instant;
import java.util.Map;

/**
 * A request to rectify data the customer cannot edit directly (company name, VAT number): staff
 * review it, as these drive invoicing. {@code proposedValues}: field → proposed value.
 */
public record PrivacyRequest(String status, Map<String, String> proposedValues, Instant submittedAt,
        Instant dueAt) {

    /** Status of a request nobody has reviewed yet. */
    public static final String AWAITING_REVIEW = "AWAITING_REVIEW";

    public PrivacyRequest {
        proposedValues = Map.copyOf(proposedValues);
    }
}
