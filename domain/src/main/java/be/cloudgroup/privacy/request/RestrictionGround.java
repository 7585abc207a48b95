package be.cloudgroup.privacy.request;

/** The grounds of Art. 18(1) on which a customer asks to restrict processing. */
public enum RestrictionGround {
    /** (a) the customer contests the accuracy, for the time needed to verify it. */
    ACCURACY_CONTESTED,
    /** (d) an objection under Art. 21(1) is pending the verification of overriding grounds. */
    OBJECTION_PENDING,
    /** (b) the processing is unlawful and the customer prefers restriction to erasure. */
    UNLAWFUL_PROCESSING,
    /** (c) the data is no longer needed, but the customer needs it for a legal claim. */
    NEEDED_FOR_LEGAL_CLAIM
}
