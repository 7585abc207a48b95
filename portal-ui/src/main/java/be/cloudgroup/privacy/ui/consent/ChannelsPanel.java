package be.cloudgroup.privacy.ui.consent;

import be.cloudgroup.privacy.consent.Preference;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** Through which channels the customer wants offers: each one opt-in, nothing ticked beforehand. */
class ChannelsPanel extends Section {

    ChannelsPanel(List<Preference> channels, DecisionControls controls, SubjectLabels labels) {
        setId("consent-channels");
        add(new H2(getTranslation("consent.channels.title")), new Paragraph(getTranslation("consent.channels.intro")));
        channels.forEach(channel -> add(controls.consent(channel, labels.subject(channel.subject()))));
    }
}
