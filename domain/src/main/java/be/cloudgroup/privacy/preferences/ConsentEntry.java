package be.cloudgroup.privacy.preferences;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One immutable row of the consent ledger: the evidence of one decision (Art. 7(1)): who decided
 * what about which subject, when, under which version of the privacy statement and how.
 *
 * @param customerId     internal id of the customer the decision is about
 * @param subject        what the decision is about
 * @param decision       the decision
 * @param decidedAt      when it was recorded
 * @param policyVersion  the version of the privacy statement in force at {@code decidedAt}
 * @param means          how the decision reached the ledger
 * @param actorAccountId the portal account that recorded it; {@code null} for an e-mail link or a migrated row
 * @param actorName      the name of the actor as shown in the history
 */
public record ConsentEntry(
        long customerId,
        ConsentSubject subject,
        Decision decision,
        Instant decidedAt,
        int policyVersion,
        DecisionMeans means,
        @Nullable Long actorAccountId,
        String actorName) {

    /** The length of {@code consent_decision.actor_name}. */
    public static final int ACTOR_NAME_MAX_LENGTH = 120;

    public ConsentEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(actorName, "actorName");
        if (policyVersion < 1) {
            throw new IllegalArgumentException("policyVersion must be at least 1: " + policyVersion);
        }
    }
}
