package be.cloudgroup.privacy.request;

import java.util.List;

/**
 * Port to what the portal holds about a customer, table by table, for erasure: the holdings with
 * their row counts, and the execution of a plan (in the caller's transaction, so a failure leaves
 * everything as it was).
 */
public interface CustomerErasure {

    List<Holding> holdings(long customerId);

    /**
     * Deletes the plan's DELETE tables, ends the portal account when the plan says so, replaces
     * the customer's name in the audit trail by {@code pseudonym}, and marks the customer FORMER.
     */
    void execute(long customerId, ErasurePlan plan, String pseudonym);
}
