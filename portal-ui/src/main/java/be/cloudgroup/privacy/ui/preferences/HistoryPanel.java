package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.ConsentEntry;
import be.cloudgroup.privacy.ui.layout.Folded;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Markup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The customer's own ledger, newest first: what, which decision, when, how, policy version and who,
 * folded (the summary above says when the last change was), its table built when opened.
 */
class HistoryPanel extends Section {

    HistoryPanel(List<ConsentEntry> entries, SubjectLabels labels) {
        setId("consent-history-section");
        // heading and sentences as one element (see Markup)
        Element texts = Markup.root("div");
        texts.appendElement("h2").text(getTranslation("preferences.history.title"));
        texts.appendElement("p").text(getTranslation("preferences.history.intro"));
        if (entries.isEmpty()) {
            texts.appendElement("p").text(getTranslation("preferences.history.empty"));
            add(new Markup(texts));
            return;
        }
        add(new Markup(texts));
        Folded folded =
                new Folded(getTranslation("preferences.history.show", entries.size()), () -> grid(entries, labels));
        folded.setId("consent-history-details");
        add(folded);
    }

    private Grid<ConsentEntry> grid(List<ConsentEntry> entries, SubjectLabels labels) {
        Formats formats = new Formats(getLocale());
        Grid<ConsentEntry> grid = new Grid<>();
        grid.setId("consent-history");
        grid.addColumn(entry -> formats.moment(entry.decidedAt()))
                .setKey("when")
                .setHeader(getTranslation("preferences.history.when"));
        grid.addColumn(entry -> labels.subject(entry.subject()))
                .setKey("what")
                .setHeader(getTranslation("preferences.history.what"));
        grid.addColumn(entry -> labels.decision(entry.decision()))
                .setKey("decision")
                .setHeader(getTranslation("preferences.history.decision"));
        grid.addColumn(entry -> labels.means(entry.means()))
                .setKey("how")
                .setHeader(getTranslation("preferences.history.how"));
        grid.addColumn(ConsentEntry::policyVersion)
                .setKey("policy")
                .setHeader(getTranslation("preferences.history.policy"));
        grid.addColumn(labels::actor).setKey("who").setHeader(getTranslation("preferences.history.who"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("preferences.history.title"));
        grid.setItems(entries);
        return grid;
    }
}
