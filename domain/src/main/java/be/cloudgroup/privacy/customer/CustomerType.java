package be.cloudgroup.privacy.customer;

/** Whether the customer is a private person or a business (which then may have a VAT number). */
public enum CustomerType {
    /** A consumer: a natural person contracting for private use. */
    PRIVATE,
    /** A company or self-employed person contracting for professional use. */
    BUSINESS
}
