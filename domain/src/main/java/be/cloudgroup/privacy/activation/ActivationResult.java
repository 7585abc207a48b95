package be.cloudgroup.privacy.activation;

/** The outcome of entering an activation code; only {@link #ACTIVATED} made an account. */
public enum ActivationResult {
    /** The code was right: the account exists, linked to the identity. */
    ACTIVATED,
    /** The code was wrong (or the number got no code); another try while attempts are left. */
    WRONG_CODE,
    /** The code expired or was tried too often: ask for a new one. */
    EXPIRED,
    /** Nothing waits for a code: ask for one first. */
    NOTHING_PENDING,
    /**
     * The code was right but no account can be made here (the customer got an account meanwhile,
     * or its e-mail address belongs to another account): customer service helps.
     */
    NOT_POSSIBLE
}
