package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * "We need this — no choice": the purposes on a contract or the law, folded together, each with
 * its name and one line saying why there is nothing to switch.
 */
class NeededPanel extends Section {

    NeededPanel(List<PurposePreference> purposes) {
        setId("consent-needed");
        List<PurposeDetails> needed = purposes.stream()
                .map(PurposePreference::purpose)
                .filter(purpose -> purpose.control() == CustomerControl.EXPLAINED_ONLY)
                .toList();
        add(new H2(getTranslation("preferences.needed.title")));
        Div list = new Div();
        for (PurposeDetails purpose : needed) {
            Paragraph reason = new Paragraph(getTranslation(
                    "preferences.explained." + purpose.legalBasis().name()));
            reason.addClassName("consent-explained");
            Div item = new Div(new H3(purpose.name()), reason);
            item.setId("purpose-" + purpose.code());
            item.addClassName("consent-needed-purpose");
            list.add(item);
        }
        Details folded = new Details(getTranslation("preferences.needed.summary", needed.size()), list);
        folded.setId("consent-needed-details");
        add(folded);
    }
}
