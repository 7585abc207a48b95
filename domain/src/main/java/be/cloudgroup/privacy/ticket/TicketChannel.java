package be.cloudgroup.privacy.ticket;

/** Through which channel the customer opened a service ticket. */
public enum TicketChannel {
    PHONE,
    EMAIL,
    PORTAL,
    CHAT
}
