package be.cloudgroup.privacy.request;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the staff queue. */
public record QueueEntry(
        RequestReference reference,
        RequestType type,
        RequestStatus status,
        String customerNumber,
        LocalDate receivedOn,
        LocalDate dueOn,
        @Nullable String assigneeName,
        long daysLeft) {

    public boolean overdue() {
        return status.isOpen() && daysLeft < 0;
    }

    public boolean dueSoon() {
        return status.isOpen() && daysLeft >= 0 && daysLeft <= RequestClock.DUE_SOON_DAYS;
    }
}
