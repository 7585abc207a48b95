package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.CommunicationDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The messages we sent the customer: when, how, what kind and the subject, never the content. */
class CommunicationsPanel extends CategorySection {

    CommunicationsPanel(List<CommunicationDetails> messages, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.COMMUNICATION, "mydata.communications.title", purposes, locale);
        Grid<CommunicationDetails> grid = new Grid<>();
        grid.setId("my-data-communications");
        column(grid, "mydata.communications.sent", message -> formats.moment(message.sentAt()));
        column(grid, "mydata.communications.channel", message -> label(message.channel()));
        column(grid, "mydata.communications.kind", message -> label(message.kind()));
        column(grid, "mydata.communications.subject", CommunicationDetails::subject);
        column(
                grid,
                "mydata.communications.campaign",
                message -> message.campaignName() == null ? "" : message.campaignName());
        show(table(messages, grid));
    }
}
