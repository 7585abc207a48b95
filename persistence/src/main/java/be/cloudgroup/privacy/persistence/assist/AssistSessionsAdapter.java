package be.cloudgroup.privacy.persistence.assist;

import be.cloudgroup.privacy.assist.AssistEndReason;
import be.cloudgroup.privacy.assist.AssistMode;
import be.cloudgroup.privacy.assist.AssistReasonCategory;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.assist.AssistSessionFilter;
import be.cloudgroup.privacy.assist.AssistSessions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * JdbcTemplate rather than an entity: nobody edits a session in a form; it is inserted once and
 * then only ended or extended by conditional updates ({@code WHERE ended_at IS NULL}), which
 * must report whether they changed a row. The customer's name comes from the customer table.
 */
@Component
class AssistSessionsAdapter implements AssistSessions {

    private static final String SELECT = """
            SELECT s.*, c.customer_number,
              TRIM(CASE WHEN c.type = 'BUSINESS' AND c.company_name IS NOT NULL AND c.company_name <> ''
                THEN c.company_name ELSE CONCAT(COALESCE(c.first_name, ''), ' ', COALESCE(c.last_name, '')) END)
                AS customer_name
            FROM assist_session s JOIN customer c ON c.id = s.customer_id
            """;

    private final JdbcTemplate jdbc;

    AssistSessionsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long open(AssistSession session, String node) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        var insert = connection.prepareStatement("""
                        INSERT INTO assist_session (staff_account_id, staff_name, customer_id, customer_account_id, mode,
                          reason_category, reason, ticket, started_at, ends_at, node, open_staff_account_id,
                          open_customer_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                        insert.setLong(1, session.staffAccountId());
                        insert.setString(2, session.staffName());
                        insert.setLong(3, session.customerId());
                        insert.setLong(4, session.customerAccountId());
                        insert.setString(5, session.mode().name());
                        insert.setString(
                                6,
                                session.reasonCategory() == null
                                        ? null
                                        : session.reasonCategory().name());
                        insert.setString(7, session.reason());
                        insert.setString(8, session.ticket());
                        insert.setObject(9, utc(session.startedAt()));
                        insert.setObject(10, utc(session.endsAt()));
                        insert.setString(11, node);
                        insert.setLong(12, session.staffAccountId());
                        insert.setLong(13, session.customerId());
                        return insert;
                    },
                    key);
        } catch (DuplicateKeyException taken) {
            throw new IllegalStateException("The staff member or the customer has a session without an end", taken);
        }
        return key.getKey().longValue();
    }

    @Override
    public Optional<AssistSession> find(long id) {
        return jdbc.query(SELECT + " WHERE s.id = ?", AssistSessionsAdapter::session, id).stream()
                .findFirst();
    }

    @Override
    public Optional<AssistSession> unendedOfStaff(long staffAccountId) {
        return jdbc
                .query(SELECT + " WHERE s.open_staff_account_id = ?", AssistSessionsAdapter::session, staffAccountId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<AssistSession> unendedOfCustomer(long customerId) {
        return jdbc.query(SELECT + " WHERE s.open_customer_id = ?", AssistSessionsAdapter::session, customerId).stream()
                .findFirst();
    }

    @Override
    public boolean extend(long id, Instant endsAt, String reason) {
        return jdbc.update("""
                UPDATE assist_session SET ends_at = ?, extension_reason = ?
                WHERE id = ? AND ended_at IS NULL AND extension_reason IS NULL""", utc(endsAt), reason, id) == 1;
    }

    @Override
    public boolean end(long id, Instant at, AssistEndReason reason, String endedBy) {
        return jdbc.update("""
                UPDATE assist_session SET ended_at = ?, end_reason = ?, ended_by = ?, open_staff_account_id = NULL,
                  open_customer_id = NULL
                WHERE id = ? AND ended_at IS NULL""", utc(at), reason.name(), endedBy, id) == 1;
    }

    @Override
    public List<AssistSession> overdue(Instant now) {
        return jdbc.query(
                SELECT + " WHERE s.open_staff_account_id IS NOT NULL AND s.ends_at <= ?",
                AssistSessionsAdapter::session,
                utc(now));
    }

    @Override
    public List<AssistSession> unendedWithInactiveAccount() {
        return jdbc.query(SELECT + """
                 WHERE s.open_staff_account_id IS NOT NULL AND EXISTS (SELECT 1 FROM portal_account a
                   WHERE a.id IN (s.staff_account_id, s.customer_account_id) AND a.status <> 'ACTIVE')""", AssistSessionsAdapter::session);
    }

    @Override
    public List<AssistSession> unendedOnNode(String node) {
        return jdbc.query(
                SELECT + " WHERE s.open_staff_account_id IS NOT NULL AND s.node = ?",
                AssistSessionsAdapter::session,
                node);
    }

    @Override
    public List<AssistSession> list(AssistSessionFilter filter, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(
                SELECT + where + " ORDER BY s.started_at DESC, s.id DESC LIMIT ? OFFSET ?",
                AssistSessionsAdapter::session,
                arguments.toArray());
    }

    @Override
    public long count(AssistSessionFilter filter) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (" + SELECT + where + ") sessions", Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    private static String where(AssistSessionFilter filter, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (filter.staff() != null) {
            conditions.add("LOWER(s.staff_name) LIKE ?");
            arguments.add(like(filter.staff()));
        }
        if (filter.customer() != null) {
            conditions.add("(c.customer_number = ? OR LOWER(CONCAT(COALESCE(c.first_name, ''), ' ', "
                    + "COALESCE(c.last_name, ''), ' ', COALESCE(c.company_name, ''))) LIKE ?)");
            arguments.add(filter.customer().toUpperCase(Locale.ROOT));
            arguments.add(like(filter.customer()));
        }
        if (filter.openOnly()) {
            conditions.add("s.ended_at IS NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String like(String part) {
        return "%"
                + part.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    private static AssistSession session(ResultSet row, int number) throws SQLException {
        String category = row.getString("reason_category");
        String endReason = row.getString("end_reason");
        return new AssistSession(
                row.getLong("id"),
                row.getLong("staff_account_id"),
                row.getString("staff_name"),
                row.getLong("customer_id"),
                row.getLong("customer_account_id"),
                row.getString("customer_number"),
                row.getString("customer_name"),
                AssistMode.valueOf(row.getString("mode")),
                category == null ? null : AssistReasonCategory.valueOf(category),
                row.getString("reason"),
                row.getString("ticket"),
                instant(row, "started_at"),
                instant(row, "ends_at"),
                row.getString("extension_reason"),
                instantOrNull(row, "ended_at"),
                endReason == null ? null : AssistEndReason.valueOf(endReason),
                row.getString("ended_by"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
