package be.cloudgroup.privacy.account;

/** Whether an account may sign in. Only {@link #ACTIVE} accounts get a portal session. */
public enum AccountStatus {
    ACTIVE,
    /** Temporarily blocked, e.g. after suspicious activity; an admin can unlock it. */
    LOCKED,
    /** Switched off for good, e.g. the customer left; kept for the audit trail. */
    DISABLED
}
