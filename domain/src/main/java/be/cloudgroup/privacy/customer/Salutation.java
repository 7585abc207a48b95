package be.cloudgroup.privacy.customer;

/**
 * How the customer wishes to be addressed; this is the "geslacht" (gender) of the privacy
 * statement. It is personal data chosen by the customer, never inferred from a name.
 */
public enum Salutation {
    /** Mr. */
    MR,
    /** Ms. */
    MS,
    /** Mx., a gender-neutral salutation. */
    MX,
    /** Not stated: the customer chose not to give one, letters use a neutral greeting. */
    NONE
}
