package be.cloudgroup.privacy.ui.layout;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, moments and amounts in the reader's locale; moments in Belgian time, where the data is kept. */
public final class Formats {

    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter moments;

    public Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BELGIUM);
    }

    /** The date, or an empty string for none. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The moment in Belgian time, or an empty string for none. */
    public String moment(Instant moment) {
        return moment == null ? "" : moments.format(moment);
    }

    /** An amount in cents of the given ISO 4217 currency (euro unless stated otherwise). */
    public String amount(long cents, String currency) {
        Currency unit = Currency.getInstance(currency == null ? "EUR" : currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        return format.format(BigDecimal.valueOf(cents, unit.getDefaultFractionDigits()));
    }

    /** The country's name in the reader's language, from its ISO 3166-1 alpha-2 code. */
    public String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
