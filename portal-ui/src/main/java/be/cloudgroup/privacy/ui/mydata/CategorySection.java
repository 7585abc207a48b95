package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Markup;
import be.cloudgroup.privacy.ui.layout.TextFacts;
import be.cloudgroup.privacy.ui.layout.TextTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * One category of "My data": a heading and the data (added by the subclass) as one element of
 * markup (see {@link Markup}), then the subclass's components if any (a link, a fold) and why we
 * keep it, from the register of processing.
 */
abstract class CategorySection extends Section {

    /** Enum labels live in the profile bundle as {@code profile.enum.<Type>.<CONSTANT>}. */
    private static final String ENUM_PREFIX = "mydata.enum.";

    /** The heading and the data until {@link #show} sends them (the tab keeps the HTML, not this tree). */
    private Element data = Markup.root("div").addClass("my-data-content");

    protected final Formats formats;

    CategorySection(DataCategory category, String titleKey, WhyWeKeepThis why, Locale locale) {
        this.formats = new Formats(locale);
        setId("my-data-" + category.name().toLowerCase(Locale.ROOT));
        addClassNames("portal-card", "my-data-category");
        data.appendElement("h2").text(getTranslation(titleKey));
        add(why);
    }

    /** Where the subclass writes its data: after the heading. */
    protected Element data() {
        return data;
    }

    /** Called once the data is written: shows it, then {@code components}, before why we keep it. */
    protected void show(Component... components) {
        addComponentAsFirst(new Markup(data));
        data = null;
        for (int i = 0; i < components.length; i++) {
            addComponentAtIndex(i + 1, components[i]);
        }
    }

    /** A sentence of the data. */
    protected Element sentence(String key, Object... arguments) {
        return data.appendElement("p").text(getTranslation(key, arguments));
    }

    /** A term and its value; a missing value reads "not provided". */
    protected void fact(TextFacts list, String labelKey, String value) {
        String shown = value == null || value.isBlank() ? getTranslation("mydata.not-given") : value;
        list.fact(getTranslation(labelKey), shown);
    }

    /** The translated label of an enum constant, or an empty string for none. */
    protected String label(Enum<?> value) {
        return value == null
                ? ""
                : getTranslation(ENUM_PREFIX + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * A small, complete table (see {@link TextTable}), named by the translated label, or a line
     * saying that nothing is stored.
     */
    protected <T> void table(String id, String labelKey, List<T> rows, TextTable<T> columns) {
        if (rows.isEmpty()) {
            sentence("mydata.none");
        } else {
            columns.appendTo(data, id, getTranslation(labelKey), rows);
        }
    }

    /** Adds a column with a translated header. */
    protected <T> void column(TextTable<T> table, String headerKey, Function<T, String> value) {
        table.column(getTranslation(headerKey), value);
    }
}
