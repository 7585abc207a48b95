package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import java.time.Instant;

/** A service ticket of the customer; {@code closedAt} is {@code null} while it is open. */
public record TicketDetails(
        String ticketNumber,
        Instant openedAt,
        Instant closedAt,
        TicketChannel channel,
        String subject,
        TicketStatus status) {}
