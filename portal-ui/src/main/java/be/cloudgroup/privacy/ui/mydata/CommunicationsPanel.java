package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.CommunicationDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextTable;
import java.util.List;
import java.util.Locale;

/** The messages we sent the customer: when, how, what kind and the subject, never the content. */
class CommunicationsPanel extends CategorySection {

    CommunicationsPanel(List<CommunicationDetails> messages, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.COMMUNICATION, "mydata.communications.title", why, locale);
        TextTable<CommunicationDetails> table = new TextTable<>();
        column(table, "mydata.communications.sent", message -> formats.moment(message.sentAt()));
        column(table, "mydata.communications.channel", message -> label(message.channel()));
        column(table, "mydata.communications.kind", message -> label(message.kind()));
        column(table, "mydata.communications.subject", CommunicationDetails::subject);
        column(
                table,
                "mydata.communications.campaign",
                message -> message.campaignName() == null ? "" : message.campaignName());
        table("my-data-communications", "mydata.communications.title", messages, table);
        show();
    }
}
