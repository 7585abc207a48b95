package be.cloudgroup.privacy.policy;

import java.time.Instant;

/**
 * Port to the published versions of the privacy statement. Version 1 (the seed statement) is
 * always there, so a version is in force at every moment the portal records a decision.
 */
public interface PolicyVersions {

    /** The number of the latest version published at or before {@code at}. */
    int inForce(Instant at);
}
