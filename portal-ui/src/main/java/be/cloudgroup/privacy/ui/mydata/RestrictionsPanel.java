package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.request.Restriction;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The restrictions of processing in force (Art. 18): what we no longer use, since when, on which request. */
class RestrictionsPanel extends Section {

    RestrictionsPanel(List<Restriction> restrictions, Map<String, String> purposeNames, Locale locale) {
        setId("my-data-restrictions");
        Formats formats = new Formats(locale);
        UnorderedList list = new UnorderedList();
        for (Restriction restriction : restrictions) {
            String what = restriction.purposeCode() == null
                    ? getTranslation("mydata.restriction.all")
                    : purposeNames.getOrDefault(restriction.purposeCode(), restriction.purposeCode());
            list.add(new ListItem(getTranslation(
                    "mydata.restriction.item",
                    what,
                    formats.moment(restriction.since()),
                    restriction.reference().toString())));
        }
        add(
                new H2(getTranslation("mydata.restriction.heading")),
                new Paragraph(getTranslation("mydata.restriction.intro")),
                list);
    }
}
