package be.cloudgroup.privacy.ui.activity;

import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityFilter.Shown;
import be.cloudgroup.privacy.shared.InvalidValueException;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The activity's filters: which entries (all, sign-ins, my changes, staff access) and a range of
 * days, in the reader's locale. Every valid change hands a new {@link ActivityFilter} to the
 * listener; a range that ends before it starts marks the last day and changes nothing.
 */
class ActivityFilterForm extends Div {

    final RadioButtonGroup<Shown> shown = new RadioButtonGroup<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    private final Consumer<ActivityFilter> listener;
    private ActivityFilter filter = ActivityFilter.EVERYTHING;

    ActivityFilterForm(Consumer<ActivityFilter> listener) {
        this.listener = listener;
        setId("activity-filter");
        addClassName("activity-filter");
        shown.setId("activity-shown");
        shown.setLabel(getTranslation("activity.filter.shown"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(kind -> getTranslation("activity.filter.shown." + kind.name()));
        shown.setValue(Shown.ALL);
        from.setId("activity-from");
        from.setLabel(getTranslation("activity.filter.from"));
        to.setId("activity-to");
        to.setLabel(getTranslation("activity.filter.to"));
        DatePicker.DatePickerI18n calendar = calendar(getLocale());
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setLocale(getLocale());
            date.setI18n(calendar);
            date.setClearButtonVisible(true);
            date.addValueChangeListener(event -> changed());
        }
        shown.addValueChangeListener(event -> changed());
        add(shown, from, to);
    }

    private void changed() {
        to.setInvalid(false);
        ActivityFilter next;
        try {
            next = new ActivityFilter(
                    shown.getValue() == null ? Shown.ALL : shown.getValue(), from.getValue(), to.getValue());
        } catch (InvalidValueException e) {
            to.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            to.setInvalid(true);
            return;
        }
        if (!next.equals(filter)) {
            filter = next;
            listener.accept(next);
        }
    }

    /** The calendar's months, days and buttons in the reader's language, weeks as in their country. */
    private DatePicker.DatePickerI18n calendar(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                // DateFormatSymbols counts days from 1 (Sunday); the date picker from 0 (Sunday)
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(
                        WeekFields.of(inBelgium(locale)).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("activity.filter.today"))
                .setCancel(getTranslation("activity.filter.cancel"));
    }

    /** A bare language ("fr") is taken as spoken in Belgium, where the customers live (weeks from Monday). */
    private static Locale inBelgium(Locale locale) {
        return locale.getCountry().isEmpty() ? new Locale(locale.getLanguage(), "BE") : locale;
    }
}
