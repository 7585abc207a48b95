package be.cloudgroup.privacy.audit;

import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.shared.CsvFile;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' door to the whole audit trail: filtered pages and counts for the screen,
 * and a CSV export of the filtered set in two steps (a one-time ticket from the page, then the file
 * streamed outside the UI). Subjects are shown by customer number, never by internal id.
 *
 * <p>What is audited: every export ({@link AuditAction#AUDIT_EXPORTED}, with its filter; on the
 * customer's record when the filter names one, so the customer sees it in their activity). Looking
 * at pages is not: a grid fetches a page per scroll, which would flood the trail with records of
 * reading the trail, and the screen shows nothing the trail does not already hold.
 */
@Service
public class AuditService {

    /** The most a caller may read at once (lazy grids ask for pages of about 50). */
    public static final int MAX_LIMIT = 500;

    static final String TARGET = "audit_trail";
    static final List<String> CSV_COLUMNS = List.of(
            "occurred_at",
            "action",
            "actor",
            "on_behalf_of",
            "subject_customer_number",
            "target_type",
            "target_id",
            "details");

    private static final JsonFactory JSON = new JsonFactory();

    private final AuditLog log;
    private final CustomerDirectory customers;
    private final AuditExportTickets tickets;
    private final Auditor auditor;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditService(
            AuditLog log,
            CustomerDirectory customers,
            AuditExportTickets tickets,
            Auditor auditor,
            CurrentActor currentActor,
            Clock clock) {
        this.log = log;
        this.customers = customers;
        this.tickets = tickets;
        this.auditor = auditor;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The signed-in admin's account: exports are bound to it. */
    private long signedInAccount() {
        return currentActor
                .get()
                .map(Actor::accountId)
                .filter(Objects::nonNull)
                .orElseThrow(() -> new AccessDeniedException("No signed-in portal account"));
    }

    /** Matching events, newest first, from {@code offset}, at most {@code limit} (capped at {@link #MAX_LIMIT}). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AuditEventSummary> page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        return criteria(filter)
                .map(criteria -> log.newestFirst(criteria, offset, Math.min(limit, MAX_LIMIT)))
                .orElse(List.of());
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return criteria(filter).map(log::count).orElse(0L);
    }

    /** A one-time ticket, valid for two minutes, for the CSV of the events that match {@code filter}. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public String requestExport(AuditFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return tickets.issue(signedInAccount(), filter);
    }

    /**
     * Uses the ticket up and records the export with its filter. A ticket that is unknown, expired,
     * used or another account's is not found (another account's is revoked as well).
     */
    @RolesAllowed("ADMIN")
    @Transactional(noRollbackFor = AuditExportNotFoundException.class)
    public AuditExport redeemExport(String ticket) {
        long accountId = signedInAccount();
        AuditExportTickets.Ticket found = tickets.find(ticket).orElseThrow(AuditExportNotFoundException::new);
        if (!tickets.redeem(ticket) || found.accountId() != accountId) {
            throw new AuditExportNotFoundException();
        }
        AuditFilter filter = found.filter();
        String fileName = "audit-trail-" + LocalDate.now(clock.withZone(AuditFilter.BELGIUM)) + ".csv";
        Long subject = filter.customer() == null
                ? null
                : customers.idOf(filter.customer()).orElse(null);
        auditor.record(AuditAction.AUDIT_EXPORTED, subject, TARGET, fileName, described(filter));
        return new AuditExport(accountId, filter, fileName);
    }

    /**
     * Streams the export's CSV to {@code out} (not closed) in one read-only transaction: RFC 4180,
     * UTF-8, CRLF, text that a spreadsheet would run as a formula neutralised (the archive's
     * {@link CsvFile}); details as a JSON object.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void writeCsv(AuditExport export, OutputStream out) throws IOException {
        if (export.accountId() != signedInAccount()) {
            throw new AuditExportNotFoundException();
        }
        CsvFile csv = new CsvFile(out, CSV_COLUMNS);
        Optional<AuditLog.Criteria> criteria = criteria(export.filter());
        if (criteria.isPresent()) {
            log.stream(
                    criteria.get(),
                    event -> csv.row(new Object[] {
                        event.occurredAt(),
                        event.action(),
                        event.actorName(),
                        event.onBehalfOfName(),
                        event.subjectCustomerNumber(),
                        event.targetType(),
                        event.targetId(),
                        json(event.details())
                    }));
        }
        csv.finish();
    }

    /** The filter for the store; empty when it names a customer number that no customer has. */
    private Optional<AuditLog.Criteria> criteria(AuditFilter filter) {
        Objects.requireNonNull(filter, "filter");
        Long subject = null;
        if (filter.customer() != null) {
            Optional<Long> id = customers.idOf(filter.customer());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            subject = id.get();
        }
        return Optional.of(new AuditLog.Criteria(
                filter.actor(), subject, filter.action(), filter.fromInstant(), filter.untilInstant()));
    }

    private static Map<String, String> described(AuditFilter filter) {
        Map<String, String> details = new LinkedHashMap<>();
        if (filter.actor() != null) {
            details.put("actor", filter.actor());
        }
        if (filter.customer() != null) {
            details.put("customer", filter.customer().toString());
        }
        if (filter.action() != null) {
            details.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            details.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            details.put("to", filter.to().toString());
        }
        return details;
    }

    private static String json(Map<String, String> details) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (Map.Entry<String, String> detail : new TreeMap<>(details).entrySet()) {
                json.writeStringField(detail.getKey(), detail.getValue());
            }
            json.writeEndObject();
        }
        return text.toString();
    }
}
