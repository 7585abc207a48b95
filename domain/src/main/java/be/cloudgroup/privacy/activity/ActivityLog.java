package be.cloudgroup.privacy.activity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Port to the audit events that name a customer as subject. Reads only; sign-ins are the audit
 * trail's SIGN_IN events (each sign-in appears once), enriched with the stored user agent.
 */
public interface ActivityLog {

    /**
     * The filter as the store applies it, for one customer.
     *
     * @param customerId   the subject
     * @param ownAccountId the customer's portal account: tells their own entries from staff's
     * @param shown        which entries
     * @param from         first instant included, or {@code null}
     * @param until        first instant excluded, or {@code null}
     */
    record Criteria(
            long customerId,
            long ownAccountId,
            ActivityFilter.Shown shown,
            @Nullable Instant from,
            @Nullable Instant until) {

        public Criteria {
            Objects.requireNonNull(shown, "shown");
        }
    }

    /** The matching events, newest first (time, then id), from {@code offset}, at most {@code limit}. */
    List<ActivityRecord> newestFirst(Criteria criteria, long offset, int limit);

    long count(Criteria criteria);
}
