package be.cloudgroup.privacy.request;

import java.util.List;

/**
 * Port to the e-mail about requests. Implementations send only once the transaction that decided
 * the step has committed, so a rolled-back step sends nothing.
 */
public interface RequestMessenger {

    void notify(RequestNotice notice);

    /** The daily summary of the open queue to the handlers' address. */
    void queueSummary(List<QueueEntry> overdue, List<QueueEntry> dueSoon, long open);
}
