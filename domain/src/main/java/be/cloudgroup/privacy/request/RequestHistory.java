package be.cloudgroup.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request's state, derived from its timeline (events in the order they happened): the status,
 * who handles it, the extension, the due day and the outcome. Nothing here is stored apart from
 * the events; the request row's status, assignee and due day are copies of this for the queue.
 */
public final class RequestHistory {

    private final LocalDate receivedOn;
    private final List<RequestEvent> events;
    private RequestStatus status = RequestStatus.RECEIVED;
    private @Nullable Long assigneeAccountId;
    private @Nullable String assigneeName;
    private int extensionMonths;
    private @Nullable String extensionReason;
    private @Nullable RequestEvent closing;

    public RequestHistory(LocalDate receivedOn, List<RequestEvent> events) {
        this.receivedOn = receivedOn;
        this.events = List.copyOf(events);
        for (RequestEvent event : this.events) {
            apply(event);
        }
    }

    private void apply(RequestEvent event) {
        switch (event.kind()) {
            case FILED -> status = RequestStatus.RECEIVED;
            case STATUS_CHANGED, CLOSED, WITHDRAWN -> {
                status = java.util.Objects.requireNonNull(event.status(), "status");
                if (event.kind() != RequestEvent.Kind.STATUS_CHANGED) {
                    closing = event;
                }
            }
            case ASSIGNED -> {
                assigneeAccountId = event.actorAccountId();
                assigneeName = event.actorName();
            }
            case EXTENDED -> {
                extensionMonths = event.months();
                extensionReason = event.text();
            }
            case MESSAGE -> {
                // a customer's answer while the handler waits for it puts the request back in progress
                if (!event.byStaff() && status == RequestStatus.WAITING_FOR_CUSTOMER) {
                    status = RequestStatus.IN_PROGRESS;
                }
            }
        }
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public List<RequestEvent> events() {
        return events;
    }

    public RequestStatus status() {
        return status;
    }

    public Optional<Long> assigneeAccountId() {
        return Optional.ofNullable(assigneeAccountId);
    }

    public Optional<String> assigneeName() {
        return Optional.ofNullable(assigneeName);
    }

    public boolean extended() {
        return extensionMonths > 0;
    }

    public int extensionMonths() {
        return extensionMonths;
    }

    public Optional<String> extensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    /** The first month's due day, whatever the extension. */
    public LocalDate originalDueOn() {
        return RequestClock.dueOn(receivedOn);
    }

    /** The due day now: after the extension, if any. */
    public LocalDate dueOn() {
        return RequestClock.dueOn(receivedOn, extensionMonths);
    }

    /** Days left until the due day (negative when overdue); empty once the request is closed. */
    public Optional<Long> daysLeft(Instant now) {
        return status.isOpen() ? Optional.of(RequestClock.daysLeft(dueOn(), now)) : Optional.empty();
    }

    /** The closing event (outcome, refusal ground, or withdrawal), once there is one. */
    public Optional<RequestEvent> closing() {
        return Optional.ofNullable(closing);
    }

    /** The messages exchanged, in order. */
    public List<RequestEvent> messages() {
        return events.stream()
                .filter(event -> event.kind() == RequestEvent.Kind.MESSAGE)
                .toList();
    }
}
