package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.ui.layout.Markup;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * "You decide": one compact card per purpose of the register that leaves the customer a choice —
 * its name with the checkbox or the objection button on the same line, one plain sentence, the
 * legal basis as a small label and the register's full text folded below — then sharing with
 * third parties in the same shape. One element (see {@link Markup}); the switches are the
 * {@link DecisionControls}'.
 */
class PurposesPanel extends Markup {

    PurposesPanel(
            List<PurposePreference> purposes, Preference thirdParty, DecisionControls controls, SubjectLabels labels) {
        super(markup(purposes, thirdParty, controls, labels));
    }

    private static Element markup(
            List<PurposePreference> purposes, Preference thirdParty, DecisionControls controls, SubjectLabels labels) {
        Element section = Markup.root("section").id("consent-purposes");
        section.appendElement("h2").text(labels.text("preferences.purposes.title"));
        section.appendElement("p").text(labels.text("preferences.purposes.intro"));
        Element cards = section.appendElement("div").addClass("consent-cards");
        for (PurposePreference purpose : purposes) {
            if (purpose.purpose().control() != CustomerControl.EXPLAINED_ONLY) {
                card(cards, purpose, controls, labels);
            }
        }
        thirdParty(cards, thirdParty, controls, labels);
        return section;
    }

    private static void card(
            Element cards, PurposePreference preference, DecisionControls controls, SubjectLabels labels) {
        PurposeDetails purpose = preference.purpose();
        Element card = card(cards, "purpose-" + purpose.code(), purpose.name());
        Element head = card.child(0);
        boolean consent = purpose.control() == CustomerControl.GIVE_OR_WITHDRAW;
        if (consent) {
            controls.consent(
                    head,
                    preference.preference(),
                    labels.text("preferences.purpose.consent.short"),
                    labels.text("preferences.purpose.consent", purpose.name()));
        } else {
            controls.objection(head, preference.preference(), purpose.name());
        }
        card.appendElement("p").text(firstSentence(purpose.description()));
        card.appendElement("span")
                .addClass("consent-basis")
                .text(labels.text(
                        "preferences.purpose.basis",
                        labels.text(
                                "mydata.enum.LegalBasis." + purpose.legalBasis().name())));
        if (!consent) {
            controls.standing(card, preference.preference());
            if (purpose.objectionIsAbsolute()) {
                card.appendElement("p").text(labels.text("preferences.objection.absolute"));
            }
        }
        Element more = Markup.fold(card, labels.text("preferences.purpose.more"));
        more.appendElement("p").text(purpose.description());
        more.appendElement("p").text(labels.text("preferences.purpose.retention", purpose.retention()));
    }

    private static void thirdParty(Element cards, Preference sharing, DecisionControls controls, SubjectLabels labels) {
        String title = labels.text("preferences.third-party.title");
        Element card = card(cards, "consent-third-party", title);
        controls.objection(card.child(0), sharing, title);
        card.appendElement("p").text(labels.text("preferences.third-party.intro"));
        controls.standing(card, sharing);
    }

    /** A card whose heading shares its first child, the head, with the control. */
    private static Element card(Element cards, String id, String title) {
        Element card = cards.appendElement("div").id(id).addClass("portal-card").addClass("consent-purpose");
        card.appendElement("div")
                .addClass("consent-card-head")
                .appendElement("h3")
                .text(title);
        return card;
    }

    /** The register's description up to its first full stop: the one plain sentence of the card. */
    static String firstSentence(String text) {
        return text.split("(?<=[.!?])\\s+", 2)[0];
    }
}
