package be.cloudgroup.privacy.download;

import java.time.Instant;

/** Port to the record of past downloads (the audit trail), implemented by the persistence module. */
public interface DownloadLog {

    /** How many archives of the customer were handed out at or after {@code since}. */
    long downloadsSince(long customerId, Instant since);

    /**
     * Locks the customer's row until the transaction ends, so that parallel downloads of one
     * customer count and record one after the other. Call it before any other read of the
     * transaction, so that the count sees every download committed before the lock was granted.
     */
    void lockCustomer(long customerId);
}
