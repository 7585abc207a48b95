package be.cloudgroup.privacy.activity;

import java.util.List;

/**
 * Port to the audit events that name a customer as subject. Reads only; sign-ins are the audit
 * trail's SIGN_IN events (each sign-in appears once), enriched with the stored user agent.
 */
public interface ActivityLog {

    /** The customer's events, newest first (time, then id), from {@code offset}, at most {@code limit}. */
    List<ActivityRecord> newestFirst(long customerId, long offset, int limit);

    long count(long customerId);
}
