package be.cloudgroup.privacy.request;

import org.jspecify.annotations.Nullable;

/**
 * The staff queue's filter; every criterion is optional. Without a status only open requests are
 * listed. The queue is always sorted by days left, the most urgent first.
 *
 * @param assignee          only requests assigned to the signed-in handler, or to nobody
 * @param due               only overdue requests, or those due within {@link RequestClock#DUE_SOON_DAYS} days
 *                          (which includes the overdue ones)
 */
public record QueueFilter(
        @Nullable RequestType type,
        @Nullable RequestStatus status,
        @Nullable Assignee assignee,
        @Nullable Due due) {

    public enum Due {
        OVERDUE,
        DUE_SOON
    }

    public enum Assignee {
        ME,
        NOBODY
    }

    public static final QueueFilter OPEN = new QueueFilter(null, null, null, null);

    /** The most rows a queue page shows. */
    public static final int MAX_ROWS = 500;
}
