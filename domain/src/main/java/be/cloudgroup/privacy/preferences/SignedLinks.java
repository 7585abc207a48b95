package be.cloudgroup.privacy.preferences;

import java.util.UUID;

/**
 * Port to the signed links in e-mails that withdraw a subscription without signing in. Only a
 * genuine, unexpired link of an existing customer yields a {@link Withdrawal}: the customer comes
 * from the link, never from a caller (the unsubscribe feature implements it).
 */
public interface SignedLinks {

    /**
     * What the link withdraws.
     *
     * @throws RuntimeException the link feature's own exception for a link that is not genuine, has
     *         expired or names a customer who no longer exists
     */
    Withdrawal verify(String token);

    /** The customer the link names, the subscription it withdraws, and the link's nonce (one decision per link). */
    record Withdrawal(long customerId, ConsentSubject subject, UUID nonce) {}
}
