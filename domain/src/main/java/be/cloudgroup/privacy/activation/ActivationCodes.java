package be.cloudgroup.privacy.activation;

import be.cloudgroup.privacy.correction.ContactChannel;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Port to the activations in progress, one per identity: its requests in the current throttling
 * window and its latest code, stored hashed and bound to the customer number it was asked for
 * (the row itself names no customer). Also keeps the decoy hints shown for numbers that get no code.
 */
public interface ActivationCodes {

    /**
     * The latest code of an identity.
     *
     * @param channel where it went; {@code null} when none went out (unknown number, already
     *     activated, too many codes): then no code can match
     */
    record Pending(@Nullable ContactChannel channel, String codeHash, Instant expiresAt, int attemptsLeft) {}

    /**
     * Counts a request of the identity: a window opened before {@code windowOpenedAfter} is closed
     * and a new one opens now.
     *
     * @return the requests in the identity's window, this one included
     */
    int countRequest(String issuer, String subject, Instant now, Instant windowOpenedAfter);

    /** Stores the identity's latest code (the request was counted first), replacing an earlier one. */
    void replaceCode(String issuer, String subject, Pending pending);

    /** The identity's latest code, locked until the transaction ends. */
    Optional<Pending> lockAndFindCode(String issuer, String subject);

    /** Records a wrong code: one attempt less. */
    void useAttempt(String issuer, String subject);

    /** Forgets the identity's code (used, expired). */
    void removeCode(String issuer, String subject);

    /** Forgets the identity's activation altogether (it has an account now). */
    void remove(String issuer, String subject);

    /** Forgets activations whose window and code have both run out: they only serve throttling. */
    void forgetIdle(Instant windowOpenedBefore, Instant now);

    /** Activation requests on the customer's record since then (from the audit trail), whoever asked. */
    long requestsForCustomerSince(long customerId, Instant since);

    /**
     * The decoy hint for a customer number that gets no code: the one stored for it, or this
     * candidate, stored now. Stored so that asking twice shows the same hint, as a real address would.
     */
    String decoyHint(String numberDigest, String candidate);
}
