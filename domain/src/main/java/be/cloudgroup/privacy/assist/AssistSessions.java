package be.cloudgroup.privacy.assist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port to the stored assist sessions (table {@code assist_session}). The store itself keeps at
 * most one session without an end per staff member and per customer: {@link #open} fails then.
 */
public interface AssistSessions {

    /**
     * Stores a new open session (its id is ignored) and returns its id.
     *
     * @param node the portal instance that holds the staff member's session
     * @throws IllegalStateException when the staff member or the customer has a session without an end
     */
    long open(AssistSession session, String node);

    Optional<AssistSession> find(long id);

    /** The staff member's session that has not been ended (it may be past its end time). */
    Optional<AssistSession> unendedOfStaff(long staffAccountId);

    /** The customer's session that has not been ended (it may be past its end time). */
    Optional<AssistSession> unendedOfCustomer(long customerId);

    /** Sets the new end time and the reason; false when the session has ended or was extended already. */
    boolean extend(long id, Instant endsAt, String reason);

    /** Ends the session unless it has ended already; returns whether this call ended it. */
    boolean end(long id, Instant at, AssistEndReason reason, String endedBy);

    /** Sessions without an end whose end time is at or before {@code now}. */
    List<AssistSession> overdue(Instant now);

    /** Sessions without an end whose staff member's or customer's account is no longer active. */
    List<AssistSession> unendedWithInactiveAccount();

    /** Sessions without an end held by the given portal instance. */
    List<AssistSession> unendedOnNode(String node);

    /** Newest first; {@code null} filter parts match everything. */
    List<AssistSession> list(AssistSessionFilter filter, int offset, int limit);

    long count(AssistSessionFilter filter);
}
