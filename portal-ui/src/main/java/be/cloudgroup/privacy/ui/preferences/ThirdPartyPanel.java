package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** Objection to sharing the customer's data with third parties for their own purposes. */
class ThirdPartyPanel extends Section {

    ThirdPartyPanel(Preference sharing, DecisionControls controls, SubjectLabels labels) {
        setId("consent-third-party");
        add(
                new H2(getTranslation("preferences.third-party.title")),
                new Paragraph(getTranslation("preferences.third-party.intro")),
                controls.objection(sharing, labels.subject(sharing.subject())));
    }
}
