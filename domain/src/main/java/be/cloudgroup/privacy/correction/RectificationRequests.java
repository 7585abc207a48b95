package be.cloudgroup.privacy.correction;

import java.util.List;

/** Port to the customer's privacy requests of type rectification. */
public interface RectificationRequests {

    void submit(long customerId, RectificationRequest request);

    /** The customer's rectification requests, newest first. */
    List<RectificationRequest> of(long customerId);
}
