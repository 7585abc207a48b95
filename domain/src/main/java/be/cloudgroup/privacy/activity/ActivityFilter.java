package be.cloudgroup.privacy.activity;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which part of their activity a customer reads: a kind of entry and a range of days. Days are
 * calendar days in Belgium (the portal's and its customers' time zone, in which every time is
 * shown), both ends included.
 *
 * @param shown which entries
 * @param from  first day, or {@code null}
 * @param to    last day, or {@code null}
 */
public record ActivityFilter(
        Shown shown, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final ActivityFilter EVERYTHING = new ActivityFilter(Shown.ALL, null, null);

    /** The actions that are a sign-in (refused or not). */
    public static final Set<String> SIGN_INS = Set.of(AuditAction.SIGN_IN.name(), AuditAction.SIGN_IN_REFUSED.name());

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /** The kinds of entries a customer can pick. */
    public enum Shown {
        /** Every entry. */
        ALL,
        /** Sign-ins and refused sign-ins. */
        SIGN_INS,
        /** What the customer did themself, apart from signing in. */
        MY_CHANGES,
        /** What staff did with or looked at in the customer's data (assist sessions included). */
        STAFF_ACCESS
    }

    public ActivityFilter {
        Objects.requireNonNull(shown, "shown");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("activity.filter.range", "The first day is after the last day");
        }
    }

    /** The first instant of {@code from}, or {@code null}. */
    public @Nullable Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(BELGIUM).toInstant();
    }

    /** The first instant after {@code to}, or {@code null}. */
    public @Nullable Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BELGIUM).toInstant();
    }
}
