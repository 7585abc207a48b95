package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.TicketDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The customer's service tickets. */
class TicketsPanel extends CategorySection {

    TicketsPanel(List<TicketDetails> tickets, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.SUPPORT, "mydata.tickets.title", purposes, locale);
        Grid<TicketDetails> grid = new Grid<>();
        grid.setId("my-data-tickets");
        column(grid, "mydata.tickets.number", TicketDetails::ticketNumber);
        column(grid, "mydata.tickets.opened", ticket -> formats.moment(ticket.openedAt()));
        column(grid, "mydata.tickets.closed", ticket -> formats.moment(ticket.closedAt()));
        column(grid, "mydata.tickets.channel", ticket -> label(ticket.channel()));
        column(grid, "mydata.tickets.subject", TicketDetails::subject);
        column(grid, "mydata.tickets.status", ticket -> label(ticket.status()));
        show(table(tickets, grid));
    }
}
