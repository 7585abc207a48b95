package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.audit.Actor;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Port to the customers' acknowledgements of material versions. There is at most one per
 * customer and version, and it is never changed or removed by the application.
 */
public interface PolicyAcknowledgements {

    /**
     * Records the acknowledgement unless the customer already acknowledged that version.
     *
     * @return whether a new acknowledgement was stored (false for a repeated or concurrent one)
     */
    boolean record(long customerId, int version, Instant at, Actor actor);

    /** The highest version the customer acknowledged, if any. */
    OptionalInt latest(long customerId);
}
