package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.ui.layout.Markup;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * "We need this — no choice": the purposes on a contract or the law, folded together, each with its
 * name and one line saying why there is nothing to switch. One element (see {@link Markup}): the
 * fold holds a name and a line per purpose, not the register's texts.
 */
class NeededPanel extends Markup {

    NeededPanel(List<PurposePreference> purposes, SubjectLabels labels) {
        super(markup(purposes, labels));
    }

    private static Element markup(List<PurposePreference> purposes, SubjectLabels labels) {
        List<PurposeDetails> needed = purposes.stream()
                .map(PurposePreference::purpose)
                .filter(purpose -> purpose.control() == CustomerControl.EXPLAINED_ONLY)
                .toList();
        Element section = Markup.root("section").id("consent-needed");
        section.appendElement("h2").text(labels.text("preferences.needed.title"));
        Element list = Markup.fold(section, labels.text("preferences.needed.summary", needed.size()));
        list.parent().id("consent-needed-details");
        for (PurposeDetails purpose : needed) {
            Element item =
                    list.appendElement("div").id("purpose-" + purpose.code()).addClass("consent-needed-purpose");
            item.appendElement("h3").text(purpose.name());
            item.appendElement("p")
                    .addClass("consent-explained")
                    .text(labels.text(
                            "preferences.explained." + purpose.legalBasis().name()));
        }
        return section;
    }
}
