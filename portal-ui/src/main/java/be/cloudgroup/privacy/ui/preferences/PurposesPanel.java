package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.ui.layout.Folded;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * "You decide": one compact card per purpose of the register that leaves the customer a choice —
 * its name with the checkbox or the objection button on the same line, one plain sentence, the
 * legal basis as a small label and the register's full text folded below — then sharing with
 * third parties in the same shape.
 */
class PurposesPanel extends Section {

    PurposesPanel(List<PurposePreference> purposes, Preference thirdParty, DecisionControls controls) {
        setId("consent-purposes");
        add(
                new H2(getTranslation("preferences.purposes.title")),
                new Paragraph(getTranslation("preferences.purposes.intro")));
        Div cards = new Div();
        cards.addClassName("consent-cards");
        for (PurposePreference purpose : purposes) {
            if (purpose.purpose().control() != CustomerControl.EXPLAINED_ONLY) {
                cards.add(card(purpose, controls));
            }
        }
        cards.add(thirdParty(thirdParty, controls));
        add(cards);
    }

    private Div card(PurposePreference preference, DecisionControls controls) {
        PurposeDetails purpose = preference.purpose();
        boolean consent = purpose.control() == CustomerControl.GIVE_OR_WITHDRAW;
        Component control = consent
                ? controls.consent(
                        preference.preference(),
                        getTranslation("preferences.purpose.consent.short"),
                        getTranslation("preferences.purpose.consent", purpose.name()))
                : controls.objection(preference.preference(), purpose.name());
        Span basis = new Span(getTranslation(
                "preferences.purpose.basis",
                getTranslation("mydata.enum.LegalBasis." + purpose.legalBasis().name())));
        basis.addClassName("consent-basis");
        Div card = card("purpose-" + purpose.code(), purpose.name(), control);
        card.add(new Paragraph(firstSentence(purpose.description())), basis);
        if (!consent) {
            card.add(controls.standing(preference.preference()));
            if (purpose.objectionIsAbsolute()) {
                card.add(new Paragraph(getTranslation("preferences.objection.absolute")));
            }
        }
        String description = purpose.description();
        String retention = purpose.retention();
        card.add(new Folded(
                getTranslation("preferences.purpose.more"),
                () -> new Div(
                        new Paragraph(description),
                        new Paragraph(getTranslation("preferences.purpose.retention", retention)))));
        return card;
    }

    private Div thirdParty(Preference sharing, DecisionControls controls) {
        String title = getTranslation("preferences.third-party.title");
        Div card = card("consent-third-party", title, controls.objection(sharing, title));
        card.add(new Paragraph(getTranslation("preferences.third-party.intro")), controls.standing(sharing));
        return card;
    }

    /** A card whose heading shares its line with the control. */
    private static Div card(String id, String title, Component control) {
        Div head = new Div(new H3(title), control);
        head.addClassName("consent-card-head");
        Div card = new Div(head);
        card.setId(id);
        card.addClassNames("portal-card", "consent-purpose");
        return card;
    }

    /** The register's description up to its first full stop: the one plain sentence of the card. */
    static String firstSentence(String text) {
        return text.split("(?<=[.!?])\\s+", 2)[0];
    }
}
