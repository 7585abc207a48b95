package be.cloudgroup.privacy.request;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Port to the privacy requests: a row per request (whose it is, what was asked, and copies of its
 * derived state for the queue) and its append-only timeline. Timeline entries are never changed.
 */
public interface PrivacyRequests {

    /** Stores a new request with its FILED event and gives it its reference (year of receipt, number). */
    StoredRequest file(long customerId, RequestType type, Map<String, String> particulars, RequestEvent filed);

    Optional<StoredRequest> find(RequestReference reference);

    /** Reads the request and locks it until the transaction ends, so two handlers' steps serialise. */
    Optional<StoredRequest> lock(RequestReference reference);

    /** The customer's requests, newest first. */
    List<StoredRequest> of(long customerId);

    /** Appends an event and stores the state derived after it (status, assignee, due day, closing time). */
    void append(StoredRequest request, RequestEvent event);

    /**
     * The queue, by due day (fewest days left first), at most {@link QueueFilter#MAX_ROWS} rows.
     *
     * @param me the handler's account, for {@link QueueFilter.Assignee#ME}
     */
    List<QueueEntry> queue(QueueFilter filter, @Nullable Long me, LocalDate today);

    /**
     * Applies an approved company correction to the customer and returns the old values
     * ({@code companyName}, {@code vatNumber}, empty text for none).
     */
    Map<String, String> applyCompanyCorrection(long customerId, String companyName, @Nullable String vatNumber);

    /** Restricts the purposes (empty: everything about the customer) on behalf of the request. */
    void restrict(StoredRequest request, Set<String> purposeCodes, Instant at);

    /** The restrictions in force for the customer. */
    List<Restriction> restrictionsOf(long customerId);

    /** Counts by type and status, and for closed requests the days from receipt to closing. */
    DpoSummary summary(LocalDate today);

    /** Writes every request as CSV (reference, type, status, received, due, extension, closed, days to close). */
    void exportCsv(java.io.OutputStream out) throws IOException;
}
