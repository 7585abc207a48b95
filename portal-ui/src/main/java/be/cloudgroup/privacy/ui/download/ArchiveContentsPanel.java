package be.cloudgroup.privacy.ui.download;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What the archive holds: its files, and the tables of data it copies. */
class ArchiveContentsPanel extends Section {

    static final List<String> FILES = List.of("index", "data", "schema", "csv", "privacy", "portable");

    ArchiveContentsPanel(List<String> tableHeadings) {
        addClassName("portal-card");
        UnorderedList files = new UnorderedList();
        files.setId("archive-files");
        for (String file : FILES) {
            files.add(new ListItem(getTranslation("download.file." + file)));
        }
        UnorderedList sections = new UnorderedList();
        sections.setId("archive-sections");
        tableHeadings.forEach(heading -> sections.add(new ListItem(heading)));
        add(
                new H2(getTranslation("download.contents")),
                files,
                new Paragraph(getTranslation("download.tables")),
                sections);
    }
}
