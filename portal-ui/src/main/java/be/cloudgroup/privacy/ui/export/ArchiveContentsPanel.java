package be.cloudgroup.privacy.ui.export;

import be.cloudgroup.privacy.export.ArchiveTable;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What the archive holds: its files, and the tables of data it copies. */
class ArchiveContentsPanel extends Section {

    static final List<String> FILES = List.of("index", "data", "schema", "csv", "privacy", "portable");

    ArchiveContentsPanel(List<ArchiveTable> tables) {
        addClassName("portal-card");
        UnorderedList files = new UnorderedList();
        files.setId("archive-files");
        for (String file : FILES) {
            files.add(new ListItem(getTranslation("export.file." + file)));
        }
        UnorderedList sections = new UnorderedList();
        sections.setId("archive-sections");
        for (ArchiveTable table : tables) {
            sections.add(new ListItem(getTranslation("export.table." + table.name())));
        }
        add(new H2(getTranslation("export.contents")), files,
                new Paragraph(getTranslation("export.tables")), sections);
    }
}
