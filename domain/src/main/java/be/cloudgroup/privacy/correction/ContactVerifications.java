package be.cloudgroup.privacy.correction;

import java.util.Optional;

/** Port to the pending verifications: at most one per customer and channel. */
public interface ContactVerifications {

    /** Stores the request, replacing any earlier pending one of the customer on this channel. */
    void replace(long customerId, PendingVerification verification);

    Optional<PendingVerification> find(long customerId, ContactChannel channel);

    /** Records a wrong code: one attempt less. */
    void useAttempt(long customerId, ContactChannel channel);

    void remove(long customerId, ContactChannel channel);
}
