package be.cloudgroup.privacy.communication;

/** The channel a message reaches the customer through; also the channel of a subscription. */
public enum CommunicationChannel {
    EMAIL,
    POST,
    PHONE,
    SMS
}
