package be.cloudgroup.privacy.communication;

/** What a message sent to the customer was: its kind decides the purpose it was sent for. */
public enum CommunicationKind {
    SERVICE_MESSAGE,
    NEWSLETTER,
    CAMPAIGN,
    INVOICE_NOTICE,
    USER_MESSAGE
}
