package be.cloudgroup.privacy.preferences;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Port to the append-only consent ledger (table {@code consent_decision}), implemented by the
 * persistence module. There is no update and no delete: the database itself rejects both. Entries
 * of a customer disappear only with the customer (erasure).
 */
public interface ConsentLedger {

    /** The customer's entries in the order they were recorded. */
    List<ConsentEntry> entriesOf(long customerId);

    /**
     * Like {@link #entriesOf(long)}, but first locks the customer until the transaction ends, so that
     * decisions about one customer are checked and appended one at a time (a double click running
     * in two requests cannot append the same change twice).
     */
    List<ConsentEntry> lockAndRead(long customerId);

    /**
     * Appends the entry under its idempotency key. Returns false, appending nothing, when an entry
     * with the same key exists already (a concurrent resend that got there first).
     */
    boolean append(ConsentEntry entry, UUID idempotencyKey);

    /**
     * Customer ids (ascending, after {@code afterCustomerId}, at most {@code limit}) that satisfy
     * every rule at {@code at}, computed in the database; FORMER customers are never included.
     */
    List<Long> customersAllowing(List<AudienceRule> rules, Instant at, long afterCustomerId, int limit);

    /** Whether the customer satisfies every rule at {@code at} and is not FORMER. */
    boolean customerAllows(long customerId, List<AudienceRule> rules, Instant at);
}
