package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.audit.Actor;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a request, appended and never changed: the request's timeline, from
 * which {@link RequestHistory} derives its state. Texts (messages, reasons, outcomes) are the
 * customer's or the handler's own words and are shown as text only.
 *
 * @param status  the status reached (status changes and closing), otherwise {@code null}
 * @param byStaff whether a handler (SUPPORT or ADMIN) acted, as opposed to the customer
 * @param text    the message, the extension's reason or the outcome; {@code null} when there is none
 * @param ground  the refusal ground when {@code status} is REFUSED
 * @param months  the extension's further months ({@link Kind#EXTENDED}), otherwise 0
 */
public record RequestEvent(
        Instant at,
        Kind kind,
        @Nullable RequestStatus status,
        @Nullable Long actorAccountId,
        String actorName,
        boolean byStaff,
        @Nullable String text,
        @Nullable RefusalGround ground,
        int months) {

    /** What happened. */
    public enum Kind {
        FILED,
        STATUS_CHANGED,
        ASSIGNED,
        EXTENDED,
        MESSAGE,
        CLOSED,
        WITHDRAWN
    }

    public RequestEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorName, "actorName");
    }

    public static RequestEvent filed(Instant at, Actor customer) {
        return new RequestEvent(
                at, Kind.FILED, RequestStatus.RECEIVED, customer.accountId(), customer.name(), false, null, null, 0);
    }

    public static RequestEvent statusChanged(Instant at, Actor handler, RequestStatus status) {
        return new RequestEvent(
                at, Kind.STATUS_CHANGED, status, handler.accountId(), handler.name(), true, null, null, 0);
    }

    public static RequestEvent assigned(Instant at, Actor handler) {
        return new RequestEvent(at, Kind.ASSIGNED, null, handler.accountId(), handler.name(), true, null, null, 0);
    }

    public static RequestEvent extended(Instant at, Actor handler, int months, String reason) {
        return new RequestEvent(
                at, Kind.EXTENDED, null, handler.accountId(), handler.name(), true, reason, null, months);
    }

    public static RequestEvent message(Instant at, Actor author, boolean byStaff, String text) {
        return new RequestEvent(at, Kind.MESSAGE, null, author.accountId(), author.name(), byStaff, text, null, 0);
    }

    public static RequestEvent closed(
            Instant at, Actor handler, RequestStatus outcome, @Nullable RefusalGround ground, String text) {
        return new RequestEvent(at, Kind.CLOSED, outcome, handler.accountId(), handler.name(), true, text, ground, 0);
    }

    public static RequestEvent withdrawn(Instant at, Actor customer) {
        return new RequestEvent(
                at,
                Kind.WITHDRAWN,
                RequestStatus.WITHDRAWN,
                customer.accountId(),
                customer.name(),
                false,
                null,
                null,
                0);
    }
}
