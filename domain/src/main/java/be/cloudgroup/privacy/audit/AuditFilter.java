package be.cloudgroup.privacy.audit;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which audit events an administrator asks for; every part is optional and the parts combine.
 * Days are calendar days in Belgium, both ends included.
 *
 * <p>Invariants: the actor is trimmed, {@code null} when blank, at most {@link Actor#MAX_NAME_LENGTH}
 * characters, and matches the start of the actor's name (case-insensitive); {@code from} is not after
 * {@code to}.
 *
 * @param actor    the start of the actor's name at the time of the event, or {@code null}
 * @param customer the subject customer, by public number, or {@code null}
 * @param action   one action, or {@code null} for all
 * @param from     first day, or {@code null}
 * @param to       last day, or {@code null}
 */
public record AuditFilter(String actor, CustomerNumber customer, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        if (actor != null && actor.length() > Actor.MAX_NAME_LENGTH) {
            throw new InvalidValueException(
                    "audit.filter.actor-too-long", "The actor's name is too long", Actor.MAX_NAME_LENGTH);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("audit.filter.range", "The first day is after the last day");
        }
    }

    /** The first instant of {@code from}, or {@code null}. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(BELGIUM).toInstant();
    }

    /** The first instant after {@code to}, or {@code null}. */
    public Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BELGIUM).toInstant();
    }
}
