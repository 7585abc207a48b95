package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** Through which channels the customer wants offers: each one opt-in, nothing ticked beforehand. */
class ChannelsPanel extends Section {

    ChannelsPanel(List<Preference> channels, DecisionControls controls, SubjectLabels labels) {
        setId("consent-channels");
        add(
                new H2(getTranslation("preferences.channels.title")),
                new Paragraph(getTranslation("preferences.channels.intro")));
        channels.forEach(channel -> add(controls.consent(channel, labels.subject(channel.subject()))));
    }
}
