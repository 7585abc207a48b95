package be.cloudgroup.privacy.register;

/**
 * What a customer can do about a processing purpose. It follows from the purpose's
 * {@link LegalBasis} alone and is never configured separately, so the portal cannot offer a switch
 * the law does not give, nor hide one it does.
 */
public enum CustomerControl {
    /** Consent (Art. 6(1)(a)): given and withdrawn by the customer, withdrawing as easily as giving (Art. 7(3)). */
    GIVE_OR_WITHDRAW,
    /**
     * Legitimate interest (Art. 6(1)(f)): the customer may object (Art. 21(1)); for direct marketing
     * the objection is absolute and takes effect immediately (Art. 21(2) and (3)).
     */
    OBJECT,
    /** Contract, legal obligation, vital interests or public task: explained to the customer, not switchable. */
    EXPLAINED_ONLY
}
