package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.ui.layout.Markup;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * How we may contact the customer, as one table of checkboxes: a row for offers and information
 * (the marketing channels), then a row per topic; a column per channel. Each checkbox is one
 * consent, its accessible name says which ("Newsletter – E-mail"). One element (see {@link
 * Markup}); the checkboxes are the {@link DecisionControls}'.
 */
class SubscriptionsPanel extends Markup {

    SubscriptionsPanel(
            List<Preference> channels, List<Preference> topics, DecisionControls controls, SubjectLabels labels) {
        super(markup(channels, topics, controls, labels));
    }

    private static Element markup(
            List<Preference> channels, List<Preference> topics, DecisionControls controls, SubjectLabels labels) {
        Element section = Markup.root("section").id("consent-subscriptions");
        section.appendElement("h2").text(labels.text("preferences.contact.title"));
        section.appendElement("p").text(labels.text("preferences.contact.intro"));
        Element table = section.appendElement("table").addClass("consent-table");
        Element header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").text(labels.text("preferences.contact.what"));
        for (CommunicationChannel channel : CommunicationChannel.values()) {
            header.appendElement("th")
                    .attr("scope", "col")
                    .text(labels.text("mydata.enum.CommunicationChannel." + channel.name()));
        }
        Element body = table.appendElement("tbody");
        row(body, labels.text("preferences.contact.offers"), channels, controls, labels);
        for (int from = 0; from < topics.size(); from += CommunicationChannel.values().length) {
            List<Preference> topic = topics.subList(from, from + CommunicationChannel.values().length);
            String name = labels.text("mydata.enum.SubscriptionTopic."
                    + ((ConsentSubject.Topic) topic.get(0).subject()).topic().name());
            row(body, name, topic, controls, labels);
        }
        return section;
    }

    private static void row(
            Element body, String name, List<Preference> perChannel, DecisionControls controls, SubjectLabels labels) {
        Element row = body.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(name);
        for (Preference preference : perChannel) {
            controls.consent(row.appendElement("td"), preference, "", labels.subject(preference.subject()));
        }
    }
}
