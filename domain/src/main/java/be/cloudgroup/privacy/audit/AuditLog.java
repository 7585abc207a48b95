package be.cloudgroup.privacy.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Port to the whole audit trail for administrators: read only, newest first (time, then id).
 * Every read takes {@link Criteria}, the filter with the customer already resolved to its id.
 */
public interface AuditLog {

    /** The filter as the store applies it; every part may be {@code null}. {@code until} is exclusive. */
    record Criteria(String actorPrefix, Long subjectCustomerId, AuditAction action, Instant from, Instant until) {}

    /** Receives the events of an export one at a time, while they are read. */
    @FunctionalInterface
    interface Rows {
        void accept(AuditEventSummary event) throws IOException;
    }

    List<AuditEventSummary> newestFirst(Criteria criteria, long offset, int limit);

    long count(Criteria criteria);

    /** Every matching event, newest first, streamed (never all in memory). */
    void stream(Criteria criteria, Rows rows) throws IOException;
}
