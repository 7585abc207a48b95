package be.cloudgroup.privacy.preferences;

/** How a decision reached the ledger: part of the evidence of Art. 7(1). */
public enum DecisionMeans {
    /** The customer, signed in to the portal. */
    PORTAL,
    /** The customer, through a signed unsubscribe link in an e-mail, without signing in. */
    EMAIL_LINK,
    /** A staff member, on the customer's documented request. */
    STAFF_ON_REQUEST,
    /** Carried over from the subscription table that held state without history (before the ledger). */
    MIGRATED
}
