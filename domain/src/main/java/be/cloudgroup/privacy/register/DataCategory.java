package be.cloudgroup.privacy.register;

/**
 * The categories of personal data in the customer's data inventory. A purpose uses one or more of
 * them; no special-category data (Art. 9) is processed, so there is deliberately no such category.
 */
public enum DataCategory {
    /** Customer number, type, salutation, first and last name, company name, VAT number, language. */
    IDENTITY,
    /** E-mail address, phone and mobile numbers, postal address. */
    CONTACT,
    /** Contracts and services: product, phone numbers, start and end, status. */
    CONTRACT,
    /** Invoices and payments; never published, account numbers only masked. */
    FINANCIAL,
    /** Service tickets and their handling. */
    SUPPORT,
    /** Messages sent to the customer: service messages, newsletters, campaigns, invoice notices. */
    COMMUNICATION,
    /** Lead channel (source, Art. 14), nurturing campaigns, newsletter and channel subscriptions. */
    MARKETING,
    /** Portal sign-ins: time, truncated IP address, device. */
    SECURITY,
    /** Consent and objection history, with the policy version and channel of every decision. */
    CONSENT
}
