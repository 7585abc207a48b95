package be.cloudgroup.privacy.ticket;

/** Where a service ticket stands, from opened to closed. */
public enum TicketStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED
}
