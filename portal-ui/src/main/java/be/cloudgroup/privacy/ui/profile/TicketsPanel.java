package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.profile.TicketDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The customer's service tickets. */
class TicketsPanel extends CategorySection {

    TicketsPanel(List<TicketDetails> tickets, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.SUPPORT, "profile.tickets.title", purposes, locale);
        Grid<TicketDetails> grid = new Grid<>();
        grid.setId("my-data-tickets");
        column(grid, "profile.tickets.number", TicketDetails::ticketNumber);
        column(grid, "profile.tickets.opened", ticket -> formats.moment(ticket.openedAt()));
        column(grid, "profile.tickets.closed", ticket -> formats.moment(ticket.closedAt()));
        column(grid, "profile.tickets.channel", ticket -> label(ticket.channel()));
        column(grid, "profile.tickets.subject", TicketDetails::subject);
        column(grid, "profile.tickets.status", ticket -> label(ticket.status()));
        show(table(tickets, grid));
    }
}
