package be.cloudgroup.privacy.policy;

import java.time.Instant;

/** A customer's acknowledgement of a material version of the statement. */
public record PolicyAcknowledgement(int version, Instant acknowledgedAt) {
}
