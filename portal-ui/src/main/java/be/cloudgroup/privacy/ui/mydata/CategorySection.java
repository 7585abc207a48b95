package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.TextFacts;
import be.cloudgroup.privacy.ui.layout.TextTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One category of "My data": a heading, the data (added by the subclass) and, beside it, why we
 * keep it, from the register of processing.
 */
abstract class CategorySection extends Section {

    /** Enum labels live in the profile bundle as {@code profile.enum.<Type>.<CONSTANT>}. */
    private static final String ENUM_PREFIX = "mydata.enum.";

    private final Div data = new Div();
    protected final Formats formats;

    CategorySection(DataCategory category, String titleKey, List<PurposeDetails> purposes, Locale locale) {
        this.formats = new Formats(locale);
        setId("my-data-" + category.name().toLowerCase(Locale.ROOT));
        addClassNames("portal-card", "my-data-category");
        data.addClassName("my-data-content");
        add(new H2(getTranslation(titleKey)), data, new WhyWeKeepThis(purposes, formats));
    }

    protected void show(Component... components) {
        data.add(components);
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
     * A small, complete table as one element (see {@link TextTable}), named by the translated
     * label, or a line saying that nothing is stored.
     */
    protected <T> Component table(String id, String labelKey, List<T> rows, TextTable<T> columns) {
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation("mydata.none"));
        }
        return columns.render(id, getTranslation(labelKey), rows);
    }

    /** Adds a column with a translated header. */
    protected <T> void column(TextTable<T> table, String headerKey, Function<T, String> value) {
        table.column(getTranslation(headerKey), value);
    }
}
