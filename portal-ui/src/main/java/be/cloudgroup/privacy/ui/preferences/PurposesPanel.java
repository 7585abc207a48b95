package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * The purposes of the register in its order, each with what the customer can do: a consent
 * checkbox, an objection button, or a plain explanation why there is nothing to switch.
 */
class PurposesPanel extends Section {

    PurposesPanel(List<PurposePreference> purposes, DecisionControls controls) {
        setId("consent-purposes");
        add(
                new H2(getTranslation("preferences.purposes.title")),
                new Paragraph(getTranslation("preferences.purposes.intro")));
        for (PurposePreference purpose : purposes) {
            add(purpose(purpose, controls));
        }
    }

    private Div purpose(PurposePreference preference, DecisionControls controls) {
        PurposeDetails purpose = preference.purpose();
        Div item = new Div(
                new H3(purpose.name()),
                new Paragraph(purpose.description()),
                new Paragraph(getTranslation(
                        "preferences.purpose.basis",
                        getTranslation(
                                "mydata.enum.LegalBasis." + purpose.legalBasis().name()))));
        item.setId("purpose-" + purpose.code());
        item.addClassName("consent-purpose");
        item.add(control(preference, controls));
        return item;
    }

    private Component control(PurposePreference preference, DecisionControls controls) {
        PurposeDetails purpose = preference.purpose();
        return switch (purpose.control()) {
            case GIVE_OR_WITHDRAW ->
                controls.consent(
                        preference.preference(), getTranslation("preferences.purpose.consent", purpose.name()));
            case OBJECT -> {
                Div objection = controls.objection(preference.preference(), purpose.name());
                if (purpose.objectionIsAbsolute()) {
                    objection.addComponentAsFirst(new Paragraph(getTranslation("preferences.objection.absolute")));
                }
                yield objection;
            }
            case EXPLAINED_ONLY -> {
                Paragraph explanation = new Paragraph(getTranslation(
                        "preferences.explained." + purpose.legalBasis().name()));
                explanation.addClassName("consent-explained");
                yield explanation;
            }
        };
    }
}
