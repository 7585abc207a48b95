package be.cloudgroup.privacy.request;

/**
 * The rights a customer exercises through a request, for what the portal does not serve by
 * itself (access, download, consent and objection to direct marketing are self-service).
 */
public enum RequestType {
    /** Art. 17: the whole account or named data categories. */
    ERASURE,
    /** Art. 18: purposes or categories, on one of the grounds of {@link RestrictionGround}. */
    RESTRICTION,
    /** Art. 21(1): objection to a legitimate-interest purpose on grounds of the customer's particular situation. */
    OBJECTION,
    /** Art. 16: what the customer cannot edit themselves (company name, VAT number, or described in words). */
    RECTIFICATION,
    /** Art. 15(3): a copy by other means than the portal's download (e.g. by post). */
    COPY,
    /** Art. 38(4): a question to the data protection officer. */
    DPO_QUESTION
}
