package be.cloudgroup.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as its page shows it, to the customer or a handler: what was asked, the clock, the
 * timeline and messages, and at the end the outcome.
 *
 * @param daysLeft     days until the due day (negative when overdue); {@code null} once closed
 * @param erasureKept  for a completed erasure: what was kept and why (Art. 17(3)); otherwise empty
 */
public record RequestDetails(
        RequestReference reference,
        RequestType type,
        RequestStatus status,
        String customerNumber,
        Map<String, String> particulars,
        Instant receivedAt,
        LocalDate dueOn,
        @Nullable Long daysLeft,
        int extensionMonths,
        @Nullable String extensionReason,
        @Nullable String assigneeName,
        List<RequestEvent> timeline,
        @Nullable RequestEvent closing) {

    public RequestDetails {
        particulars = Map.copyOf(particulars);
        timeline = List.copyOf(timeline);
    }

    static RequestDetails of(StoredRequest request, Instant now) {
        RequestHistory history = request.history();
        return new RequestDetails(
                request.reference(),
                request.type(),
                history.status(),
                request.customerNumber(),
                request.particulars(),
                request.receivedAt(),
                history.dueOn(),
                history.daysLeft(now).orElse(null),
                history.extensionMonths(),
                history.extensionReason().orElse(null),
                history.assigneeName().orElse(null),
                history.events(),
                history.closing().orElse(null));
    }

    public boolean open() {
        return status.isOpen();
    }
}
