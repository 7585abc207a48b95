package be.cloudgroup.privacy.download;

import java.time.Instant;

/** Port to the record of past downloads (the audit trail), implemented by the persistence module. */
public interface DownloadLog {

    /** How many archives of the customer were handed out at or after {@code since}. */
    long downloadsSince(long customerId, Instant since);
}
