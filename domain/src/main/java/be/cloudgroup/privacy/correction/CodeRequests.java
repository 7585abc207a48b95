package be.cloudgroup.privacy.correction;

import java.time.Instant;
import java.util.List;

/**
 * Port to the record of one-time codes sent, kept for a day so that {@link CodeThrottle} can count
 * them per customer and per address or number. The target is kept only as a digest.
 */
public interface CodeRequests {

    void record(long customerId, ContactChannel channel, String targetDigest, Instant at);

    /**
     * When the customer was sent codes at or after {@code since}, on any channel. Locks the
     * customer's row until the transaction ends first, so that parallel requests of one customer
     * are counted one after the other.
     */
    List<Instant> sentToCustomerSince(long customerId, Instant since);

    /** When codes went to this address or number at or after {@code since}, for any customer. */
    List<Instant> sentToTargetSince(String targetDigest, Instant since);
}
