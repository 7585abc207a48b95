package be.cloudgroup.privacy.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 text of instants and dates, written into a caller's buffer: the same characters as
 * {@link Instant#toString()} and {@link LocalDate#toString()}, without a {@code String} per value
 * (the archive writes one or two per row, hundreds of thousands per archive).
 */
public final class IsoText {

    /** Room for the longest text either method writes. */
    public static final int MAX_LENGTH = 48;

    private static final long SECONDS_PER_DAY = 86_400;

    private IsoText() {}

    /** Writes {@code instant.toString()} into {@code out} from index {@code at}; returns the index after it. */
    public static int instant(Instant instant, char[] out, int at) {
        long seconds = instant.getEpochSecond();
        int length = date(Math.floorDiv(seconds, SECONDS_PER_DAY), out, at);
        if (length < 0) {
            return copy(instant.toString(), out, at);
        }
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        out[length++] = 'T';
        length = twoDigits(secondOfDay / 3600, out, length);
        out[length++] = ':';
        length = twoDigits(secondOfDay / 60 % 60, out, length);
        out[length++] = ':';
        length = twoDigits(secondOfDay % 60, out, length);
        int nano = instant.getNano();
        if (nano > 0) {
            // As ISO_INSTANT: the fraction in groups of three digits, as many groups as needed.
            out[length++] = '.';
            if (nano % 1_000_000 == 0) {
                length = digits(nano / 1_000_000, 3, out, length);
            } else if (nano % 1000 == 0) {
                length = digits(nano / 1000, 6, out, length);
            } else {
                length = digits(nano, 9, out, length);
            }
        }
        out[length++] = 'Z';
        return length;
    }

    /** Writes {@code date.toString()} into {@code out} from index {@code at}; returns the index after it. */
    public static int date(LocalDate date, char[] out, int at) {
        int length = date(date.toEpochDay(), out, at);
        return length < 0 ? copy(date.toString(), out, at) : length;
    }

    /** {@code yyyy-MM-dd} of an epoch day (years 0 to 9999; -1 outside them), civil-from-days after H. Hinnant. */
    private static int date(long epochDay, char[] out, int at) {
        long shifted = epochDay + 719_468;
        long era = Math.floorDiv(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        int length = digits((int) year, 4, out, at);
        out[length++] = '-';
        length = twoDigits(month, out, length);
        out[length++] = '-';
        return twoDigits(day, out, length);
    }

    private static int twoDigits(int value, char[] out, int at) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
        return at + 2;
    }

    private static int digits(int value, int width, char[] out, int at) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    private static int copy(String text, char[] out, int at) {
        text.getChars(0, text.length(), out, at);
        return at + text.length();
    }
}
