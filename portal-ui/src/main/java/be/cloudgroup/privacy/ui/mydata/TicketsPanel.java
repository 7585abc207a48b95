package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.TicketDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextTable;
import java.util.List;
import java.util.Locale;

/** The customer's service tickets. */
class TicketsPanel extends CategorySection {

    TicketsPanel(List<TicketDetails> tickets, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.SUPPORT, "mydata.tickets.title", why, locale);
        TextTable<TicketDetails> table = new TextTable<>();
        column(table, "mydata.tickets.number", TicketDetails::ticketNumber);
        column(table, "mydata.tickets.opened", ticket -> formats.moment(ticket.openedAt()));
        column(table, "mydata.tickets.closed", ticket -> formats.moment(ticket.closedAt()));
        column(table, "mydata.tickets.channel", ticket -> label(ticket.channel()));
        column(table, "mydata.tickets.subject", TicketDetails::subject);
        column(table, "mydata.tickets.status", ticket -> label(ticket.status()));
        table("my-data-tickets", "mydata.tickets.title", tickets, table);
        show();
    }
}
