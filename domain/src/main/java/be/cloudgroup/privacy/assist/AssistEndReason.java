package be.cloudgroup.privacy.assist;

/** Why an assist session ended; recorded on the session and in the audit trail. */
public enum AssistEndReason {
    ENDED_BY_STAFF,
    ENDED_BY_CUSTOMER,
    ENDED_BY_ADMIN,
    /** The end time passed. */
    EXPIRED,
    /** The staff member signed out or their portal session ended. */
    SIGNED_OUT,
    /** The staff member's or the customer's account was locked, disabled or changed. */
    ACCOUNT_LOCKED,
    /** The portal instance that held the staff member's session restarted. */
    PORTAL_RESTARTED
}
