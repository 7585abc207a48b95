package be.cloudgroup.privacy.invoice;

/** Where an invoice stands in its payment life cycle; a credited invoice is cancelled by a credit note. */
public enum InvoiceStatus {
    OPEN,
    PAID,
    OVERDUE,
    CREDITED
}
