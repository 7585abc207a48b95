package be.cloudgroup.privacy.persistence.audit;

import be.cloudgroup.privacy.audit.AuditLog.Criteria;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL behind the admins' audit trail, public so that a benchmark can {@code EXPLAIN} exactly
 * what runs. Each filter kind has an index that starts with its column and continues with
 * {@code occurred_at, id}: {@code ix_audit_event_subject_time}, {@code ix_audit_event_action_time},
 * {@code ix_audit_event_actor_time}, and {@code ix_audit_event_time} for none or a time range only.
 * So the newest-first order comes from the index (no sort, except after an actor prefix that
 * matches several names), and counts read the index alone.
 *
 * <p>A page is a deferred join: the ids of the page are found in the index alone (skipping
 * {@code offset} index entries, not rows), then only those rows are read, with the subject's
 * customer number and the agent's name.
 */
public final class AuditQueries {

    /** A statement and its parameters. */
    public record Statement(String sql, Object[] args) {}

    private static final String COLUMNS = """
            SELECT a.id, a.occurred_at, a.action, a.actor_name, a.subject_customer_id, a.target_type, a.target_id,
              a.details, c.customer_number, agent.display_name AS on_behalf_of_name
            """;
    private static final String LOOKUPS = """
            LEFT JOIN customer c ON c.id = a.subject_customer_id
            LEFT JOIN portal_account agent ON agent.id = a.on_behalf_of_account_id
            """;

    private AuditQueries() {}

    public static Statement page(Criteria criteria, long offset, int limit) {
        Where where = where(criteria, "");
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return new Statement(
                COLUMNS + """
                FROM (SELECT id, occurred_at FROM audit_event""" + where.sql + """
                 ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?) page
                JOIN audit_event a ON a.id = page.id
                """ + LOOKUPS + "ORDER BY page.occurred_at DESC, page.id DESC",
                args.toArray());
    }

    public static Statement count(Criteria criteria) {
        Where where = where(criteria, "");
        return new Statement("SELECT COUNT(*) FROM audit_event" + where.sql, where.args.toArray());
    }

    /** Every matching row, newest first, for a streamed read. */
    public static Statement export(Criteria criteria) {
        Where where = where(criteria, "a.");
        return new Statement(
                COLUMNS + "FROM audit_event a\n" + LOOKUPS + where.sql.strip()
                        + "\nORDER BY a.occurred_at DESC, a.id DESC",
                where.args.toArray());
    }

    private record Where(String sql, List<Object> args) {}

    private static Where where(Criteria criteria, String alias) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (criteria.actorPrefix() != null) {
            conditions.add(alias + "actor_name LIKE ?");
            args.add(likePrefix(criteria.actorPrefix()));
        }
        if (criteria.subjectCustomerId() != null) {
            conditions.add(alias + "subject_customer_id = ?");
            args.add(criteria.subjectCustomerId());
        }
        if (criteria.action() != null) {
            conditions.add(alias + "action = ?");
            args.add(criteria.action().name());
        }
        if (criteria.from() != null) {
            conditions.add(alias + "occurred_at >= ?");
            // stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
            args.add(LocalDateTime.ofInstant(criteria.from(), ZoneOffset.UTC));
        }
        if (criteria.until() != null) {
            conditions.add(alias + "occurred_at < ?");
            args.add(LocalDateTime.ofInstant(criteria.until(), ZoneOffset.UTC));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    /** The prefix as a LIKE pattern: its own {@code % _ \} match only themselves. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
