package be.cloudgroup.privacy.request;

import java.util.List;

/** Port to the customer's privacy requests of type rectification. */
public interface PrivacyRequests {

    void submit(long customerId, PrivacyRequest request);

    /** The customer's rectification requests, newest first. */
    List<PrivacyRequest> of(long customerId);
}
