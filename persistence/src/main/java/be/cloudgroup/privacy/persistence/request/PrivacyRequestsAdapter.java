package be.cloudgroup.privacy.persistence.request;

import be.cloudgroup.privacy.request.DpoSummary;
import be.cloudgroup.privacy.request.PrivacyRequests;
import be.cloudgroup.privacy.request.QueueEntry;
import be.cloudgroup.privacy.request.QueueFilter;
import be.cloudgroup.privacy.request.RefusalGround;
import be.cloudgroup.privacy.request.RequestClock;
import be.cloudgroup.privacy.request.RequestEvent;
import be.cloudgroup.privacy.request.RequestHistory;
import be.cloudgroup.privacy.request.RequestReference;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.request.Restriction;
import be.cloudgroup.privacy.request.StoredRequest;
import be.cloudgroup.privacy.shared.CsvFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Privacy requests in plain SQL rather than an entity: a request is its append-only timeline
 * ({@code privacy_request_event}, no entity, so nothing can be flushed as an UPDATE), and the row's
 * status, assignee, due day and closing time are only copies of the state derived from it, written
 * with each event under the row lock that {@link #lock} took. Times are UTC wall-clock time, like
 * everywhere else (hibernate.jdbc.time_zone=UTC).
 */
@Component
class PrivacyRequestsAdapter implements PrivacyRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SELECT = """
            SELECT r.id, r.reference, r.customer_id, c.customer_number, r.type, r.proposed_values, r.submitted_at,
              r.received_on
            FROM privacy_request r JOIN customer c ON c.id = r.customer_id""";

    private final JdbcTemplate jdbc;

    PrivacyRequestsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredRequest file(long customerId, RequestType type, Map<String, String> particulars, RequestEvent filed) {
        LocalDate receivedOn = RequestClock.receivedOn(filed.at());
        LocalDate dueOn = RequestClock.dueOn(receivedOn);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        // the reference needs the id: a unique placeholder first, replaced in the same transaction
        String placeholder = "PR-0000-" + Long.toString(System.nanoTime() % 1_000_000_000_000L);
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO privacy_request (customer_id, type, status, proposed_values, submitted_at, due_at,
                      version, reference, received_on, due_on)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                    insert.setLong(1, customerId);
                    insert.setString(2, type.name());
                    insert.setString(3, RequestStatus.RECEIVED.name());
                    insert.setString(4, json(particulars));
                    insert.setObject(5, utc(filed.at()));
                    insert.setObject(6, utc(RequestClock.endOf(dueOn)));
                    insert.setString(7, placeholder);
                    insert.setObject(8, receivedOn);
                    insert.setObject(9, dueOn);
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        RequestReference reference = RequestReference.of(receivedOn.getYear(), id);
        jdbc.update("UPDATE privacy_request SET reference = ? WHERE id = ?", reference.toString(), id);
        insertEvent(id, filed);
        return find(reference).orElseThrow();
    }

    @Override
    public Optional<StoredRequest> find(RequestReference reference) {
        return one(SELECT + " WHERE r.reference = ?", reference.toString());
    }

    @Override
    public Optional<StoredRequest> lock(RequestReference reference) {
        return one(SELECT + " WHERE r.reference = ? FOR UPDATE", reference.toString());
    }

    @Override
    public List<StoredRequest> of(long customerId) {
        List<Row> rows = jdbc.query(
                SELECT + " WHERE r.customer_id = ? ORDER BY r.submitted_at DESC, r.id DESC",
                PrivacyRequestsAdapter::row,
                customerId);
        return rows.stream().map(this::stored).toList();
    }

    private Optional<StoredRequest> one(String sql, Object... parameters) {
        return jdbc.query(sql, PrivacyRequestsAdapter::row, parameters).stream()
                .findFirst()
                .map(this::stored);
    }

    private StoredRequest stored(Row row) {
        List<RequestEvent> events = jdbc.query("""
                SELECT occurred_at, kind, status, actor_account_id, actor_name, by_staff, text, ground, months
                FROM privacy_request_event WHERE request_id = ? ORDER BY occurred_at, id""", PrivacyRequestsAdapter::event, row.id());
        return new StoredRequest(
                row.id(),
                row.reference(),
                row.customerId(),
                row.customerNumber(),
                row.type(),
                row.particulars(),
                row.receivedAt(),
                new RequestHistory(row.receivedOn(), events));
    }

    @Override
    public void append(StoredRequest request, RequestEvent event) {
        insertEvent(request.id(), event);
        List<RequestEvent> events = new ArrayList<>(request.history().events());
        events.add(event);
        RequestHistory after = new RequestHistory(request.history().receivedOn(), events);
        Instant closedAt = after.closing().map(RequestEvent::at).orElse(null);
        jdbc.update(
                """
                UPDATE privacy_request SET status = ?, due_on = ?, due_at = ?, assignee_account_id = ?,
                  assignee_name = ?, closed_at = ?, version = version + 1
                WHERE id = ?""",
                after.status().name(),
                after.dueOn(),
                utc(RequestClock.endOf(after.dueOn())),
                after.assigneeAccountId().orElse(null),
                after.assigneeName().orElse(null),
                closedAt == null ? null : utc(closedAt),
                request.id());
    }

    private void insertEvent(long requestId, RequestEvent event) {
        jdbc.update(
                """
                INSERT INTO privacy_request_event (request_id, occurred_at, kind, status, actor_account_id, actor_name,
                  by_staff, text, ground, months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                requestId,
                utc(event.at()),
                event.kind().name(),
                event.status() == null ? null : event.status().name(),
                event.actorAccountId(),
                event.actorName(),
                event.byStaff(),
                event.text(),
                event.ground() == null ? null : event.ground().name(),
                event.months());
    }

    @Override
    public List<QueueEntry> queue(QueueFilter filter, @Nullable Long me, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.reference, r.type, r.status, c.customer_number, r.received_on, r.due_on, r.assignee_name
                FROM privacy_request r JOIN customer c ON c.id = r.customer_id WHERE 1 = 1""");
        List<Object> parameters = new ArrayList<>();
        if (filter.status() == null) {
            sql.append(" AND r.status NOT IN ('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')");
        } else {
            sql.append(" AND r.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.type() != null) {
            sql.append(" AND r.type = ?");
            parameters.add(filter.type().name());
        }
        if (filter.assignee() == QueueFilter.Assignee.ME) {
            sql.append(" AND r.assignee_account_id = ?");
            parameters.add(me == null ? -1L : me);
        } else if (filter.assignee() == QueueFilter.Assignee.NOBODY) {
            sql.append(" AND r.assignee_account_id IS NULL");
        }
        if (filter.due() == QueueFilter.Due.OVERDUE) {
            sql.append(" AND r.due_on < ?");
            parameters.add(today);
        } else if (filter.due() == QueueFilter.Due.DUE_SOON) {
            sql.append(" AND r.due_on <= ?");
            parameters.add(today.plusDays(RequestClock.DUE_SOON_DAYS));
        }
        sql.append(" ORDER BY r.due_on, r.id LIMIT ").append(QueueFilter.MAX_ROWS);
        return jdbc.query(
                sql.toString(),
                (row, number) -> {
                    LocalDate dueOn = row.getObject("due_on", LocalDate.class);
                    return new QueueEntry(
                            RequestReference.valueOf(row.getString("reference")),
                            RequestType.valueOf(row.getString("type")),
                            RequestStatus.valueOf(row.getString("status")),
                            row.getString("customer_number"),
                            row.getObject("received_on", LocalDate.class),
                            dueOn,
                            row.getString("assignee_name"),
                            ChronoUnit.DAYS.between(today, dueOn));
                },
                parameters.toArray());
    }

    @Override
    public Map<String, String> applyCompanyCorrection(long customerId, String companyName, @Nullable String vatNumber) {
        Map<String, String> old = jdbc.queryForObject(
                "SELECT company_name, vat_number FROM customer WHERE id = ? FOR UPDATE",
                (row, number) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("companyName", nullToEmpty(row.getString("company_name")));
                    values.put("vatNumber", nullToEmpty(row.getString("vat_number")));
                    return values;
                },
                customerId);
        jdbc.update(
                "UPDATE customer SET company_name = ?, vat_number = ?, version = version + 1 WHERE id = ?",
                companyName,
                vatNumber,
                customerId);
        return old;
    }

    @Override
    public void restrict(StoredRequest request, Set<String> purposeCodes, Instant at) {
        if (purposeCodes.isEmpty()) {
            jdbc.update(
                    "INSERT INTO processing_restriction (request_id, purpose_code, restricted_at) VALUES (?, NULL, ?)",
                    request.id(),
                    utc(at));
            return;
        }
        for (String purpose : purposeCodes.stream().sorted().toList()) {
            jdbc.update(
                    "INSERT INTO processing_restriction (request_id, purpose_code, restricted_at) VALUES (?, ?, ?)",
                    request.id(),
                    purpose,
                    utc(at));
        }
    }

    @Override
    public List<Restriction> restrictionsOf(long customerId) {
        return jdbc.query(
                """
                SELECT q.reference, r.purpose_code, r.restricted_at
                FROM processing_restriction r JOIN privacy_request q ON q.id = r.request_id
                WHERE q.customer_id = ? AND r.lifted_at IS NULL ORDER BY r.restricted_at, r.id""",
                (row, number) -> new Restriction(
                        RequestReference.valueOf(row.getString("reference")),
                        row.getString("purpose_code"),
                        instant(row, "restricted_at")),
                customerId);
    }

    @Override
    public DpoSummary summary(LocalDate today) {
        Map<RequestType, Map<RequestStatus, Long>> counts = new EnumMap<>(RequestType.class);
        jdbc.query("SELECT type, status, COUNT(*) AS n FROM privacy_request GROUP BY type, status", row -> {
            counts.computeIfAbsent(RequestType.valueOf(row.getString("type")), t -> new EnumMap<>(RequestStatus.class))
                    .put(RequestStatus.valueOf(row.getString("status")), row.getLong("n"));
        });
        Map<RequestType, List<Long>> days = new EnumMap<>(RequestType.class);
        List<Long> all = new ArrayList<>();
        // days are whole Belgian calendar days; closed_at is UTC (an hour or two off at most, then truncated)
        jdbc.query("""
                SELECT type, DATEDIFF(closed_at, received_on) AS days FROM privacy_request
                WHERE closed_at IS NOT NULL ORDER BY days""", row -> {
            long value = Math.max(0, row.getLong("days"));
            days.computeIfAbsent(RequestType.valueOf(row.getString("type")), t -> new ArrayList<>())
                    .add(value);
            all.add(value);
        });
        Map<RequestType, Double> medians = new EnumMap<>(RequestType.class);
        days.forEach((type, values) -> medians.put(type, median(values)));
        Long overdue = jdbc.queryForObject("""
                SELECT COUNT(*) FROM privacy_request
                WHERE status NOT IN ('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN') AND due_on < ?""", Long.class, today);
        all.sort(Long::compare);
        return new DpoSummary(counts, medians, overdue == null ? 0 : overdue, all.isEmpty() ? null : median(all));
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Override
    public void exportCsv(OutputStream out) throws IOException {
        CsvFile csv = new CsvFile(
                out,
                List.of(
                        "reference",
                        "type",
                        "status",
                        "received_on",
                        "due_on",
                        "extended_months",
                        "assignee",
                        "closed_at",
                        "days_to_close",
                        "refusal_ground"));
        try {
            jdbc.query("""
                    SELECT r.reference, r.type, r.status, r.received_on, r.due_on, r.assignee_name, r.closed_at,
                      DATEDIFF(r.closed_at, r.received_on) AS days_to_close,
                      (SELECT MAX(e.months) FROM privacy_request_event e WHERE e.request_id = r.id) AS months,
                      (SELECT MAX(e.ground) FROM privacy_request_event e WHERE e.request_id = r.id) AS ground
                    FROM privacy_request r ORDER BY r.received_on, r.id""", row -> {
                try {
                    long days = row.getLong("days_to_close");
                    Long daysToClose = row.wasNull() ? null : days;
                    csv.row(new Object[] {
                        row.getString("reference"),
                        row.getString("type"),
                        row.getString("status"),
                        row.getObject("received_on", LocalDate.class),
                        row.getObject("due_on", LocalDate.class),
                        row.getLong("months"),
                        row.getString("assignee_name"),
                        row.getObject("closed_at") == null ? null : instant(row, "closed_at"),
                        daysToClose,
                        row.getString("ground")
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        csv.finish();
    }

    private record Row(
            long id,
            RequestReference reference,
            long customerId,
            String customerNumber,
            RequestType type,
            Map<String, String> particulars,
            Instant receivedAt,
            LocalDate receivedOn) {}

    private static Row row(ResultSet row, int number) throws SQLException {
        return new Row(
                row.getLong("id"),
                RequestReference.valueOf(row.getString("reference")),
                row.getLong("customer_id"),
                row.getString("customer_number"),
                RequestType.valueOf(row.getString("type")),
                particulars(row.getString("proposed_values")),
                instant(row, "submitted_at"),
                row.getObject("received_on", LocalDate.class));
    }

    private static RequestEvent event(ResultSet row, int number) throws SQLException {
        long actorId = row.getLong("actor_account_id");
        Long actor = row.wasNull() ? null : actorId;
        String status = row.getString("status");
        String ground = row.getString("ground");
        return new RequestEvent(
                instant(row, "occurred_at"),
                RequestEvent.Kind.valueOf(row.getString("kind")),
                status == null ? null : RequestStatus.valueOf(status),
                actor,
                row.getString("actor_name"),
                row.getBoolean("by_staff"),
                row.getString("text"),
                ground == null ? null : RefusalGround.valueOf(ground),
                row.getInt("months"));
    }

    private static Map<String, String> particulars(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored particulars are not valid JSON", e);
        }
    }

    private static String json(Map<String, String> particulars) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(particulars));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Particulars cannot be written as JSON", e);
        }
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
