package be.cloudgroup.privacy.ui.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments of the policy screens in the reader's locale and in Belgian time. */
final class PolicyFormats {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private PolicyFormats() {
    }

    static String moment(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(BELGIUM).format(moment);
    }
}
