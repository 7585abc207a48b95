package be.cloudgroup.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The GDPR clock of Art. 12(3), on Belgian calendar days (Europe/Brussels): a request received on
 * a day is due one calendar month later, on the same day of the next month or, when that day does
 * not exist, on the last day of that month (31 January → 28 or 29 February). One extension by one
 * or two further months moves the due day to the same day one plus those months after receipt.
 */
public final class RequestClock {

    /** The time zone whose calendar days count: the controller is Belgian. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** At most two further months (Art. 12(3)). */
    public static final int MAX_EXTENSION_MONTHS = 2;

    /** A request due within this many days is marked in the queue. */
    public static final int DUE_SOON_DAYS = 7;

    private RequestClock() {}

    /** The Belgian calendar day on which a request received at the instant was received. */
    public static LocalDate receivedOn(Instant receivedAt) {
        return receivedAt.atZone(ZONE).toLocalDate();
    }

    /** One calendar month after receipt; {@link LocalDate#plusMonths} clamps to the month's last day. */
    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** The due day after an extension by {@code extensionMonths} (0 for none) further months. */
    public static LocalDate dueOn(LocalDate receivedOn, int extensionMonths) {
        if (extensionMonths < 0 || extensionMonths > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("extension must be 0 to " + MAX_EXTENSION_MONTHS + " months");
        }
        return receivedOn.plusMonths(1L + extensionMonths);
    }

    /** Today in Belgium. */
    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    /** Days from today until the due day: 0 on the due day, negative when overdue. */
    public static long daysLeft(LocalDate dueOn, Instant now) {
        return ChronoUnit.DAYS.between(today(now), dueOn);
    }

    /** The last instant of the due day in Belgium: answering at any moment of the due day is in time. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1_000);
    }
}
