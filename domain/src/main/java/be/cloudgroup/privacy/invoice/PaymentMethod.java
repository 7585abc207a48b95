package be.cloudgroup.privacy.invoice;

/** How an invoice was or will be paid; the account or card number itself is never part of it. */
public enum PaymentMethod {
    DIRECT_DEBIT,
    TRANSFER,
    CARD
}
