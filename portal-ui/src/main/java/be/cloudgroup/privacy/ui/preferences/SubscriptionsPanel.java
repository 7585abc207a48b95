package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Preference;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * How we may contact the customer, as one table of checkboxes: a row for offers and information
 * (the marketing channels), then a row per topic; a column per channel. Each checkbox is one
 * consent, its accessible name says which ("Newsletter – E-mail").
 */
class SubscriptionsPanel extends Section {

    SubscriptionsPanel(
            List<Preference> channels, List<Preference> topics, DecisionControls controls, SubjectLabels labels) {
        setId("consent-subscriptions");
        add(
                new H2(getTranslation("preferences.contact.title")),
                new Paragraph(getTranslation("preferences.contact.intro")));
        NativeTable table = new NativeTable();
        table.addClassName("consent-table");
        NativeTableRow header =
                new NativeTableRow(new NativeTableHeaderCell(getTranslation("preferences.contact.what")));
        for (CommunicationChannel channel : CommunicationChannel.values()) {
            NativeTableHeaderCell cell =
                    new NativeTableHeaderCell(getTranslation("mydata.enum.CommunicationChannel." + channel.name()));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().addRows(header);
        NativeTableBody body = table.addBody();
        body.addRows(row(getTranslation("preferences.contact.offers"), channels, controls, labels));
        for (int from = 0; from < topics.size(); from += CommunicationChannel.values().length) {
            List<Preference> topic = topics.subList(from, from + CommunicationChannel.values().length);
            String name = getTranslation("mydata.enum.SubscriptionTopic."
                    + ((ConsentSubject.Topic) topic.get(0).subject()).topic().name());
            body.addRows(row(name, topic, controls, labels));
        }
        add(table);
    }

    private static NativeTableRow row(
            String name, List<Preference> perChannel, DecisionControls controls, SubjectLabels labels) {
        NativeTableHeaderCell heading = new NativeTableHeaderCell(name);
        heading.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(heading);
        for (Preference preference : perChannel) {
            row.add(new NativeTableCell(controls.consent(preference, "", labels.subject(preference.subject()))));
        }
        return row;
    }
}
