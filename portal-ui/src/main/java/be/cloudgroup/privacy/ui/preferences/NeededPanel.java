package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preferences.PurposePreference;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.ui.layout.Folded;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.io.Serializable;
import java.util.List;

/**
 * "We need this — no choice": the purposes on a contract or the law, folded together (built when
 * opened), each with its name and one line saying why there is nothing to switch.
 */
class NeededPanel extends Section {

    NeededPanel(List<PurposePreference> purposes) {
        setId("consent-needed");
        // only what the fold shows is kept for it, not the register's texts
        List<Needed> needed = purposes.stream()
                .map(PurposePreference::purpose)
                .filter(purpose -> purpose.control() == CustomerControl.EXPLAINED_ONLY)
                .map(purpose -> new Needed(purpose.code(), purpose.name(), purpose.legalBasis()))
                .toList();
        add(new H2(getTranslation("preferences.needed.title")));
        Folded folded = new Folded(getTranslation("preferences.needed.summary", needed.size()), () -> list(needed));
        folded.setId("consent-needed-details");
        add(folded);
    }

    private Div list(List<Needed> needed) {
        Div list = new Div();
        for (Needed purpose : needed) {
            Paragraph reason = new Paragraph(
                    getTranslation("preferences.explained." + purpose.basis().name()));
            reason.addClassName("consent-explained");
            Div item = new Div(new H3(purpose.name()), reason);
            item.setId("purpose-" + purpose.code());
            item.addClassName("consent-needed-purpose");
            list.add(item);
        }
        return list;
    }

    private record Needed(String code, String name, LegalBasis basis) implements Serializable {}
}
