package be.cloudgroup.privacy.persistence.activity;

import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityLog.Criteria;
import be.cloudgroup.privacy.activity.ActorKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The SQL behind the activity page, public so that a benchmark can {@code EXPLAIN} exactly what
 * runs. One statement per page: the audit events of one subject read backwards along
 * {@code ix_audit_event_subject_time (subject_customer_id, occurred_at, id)}, so no sort; a range
 * of days narrows that index scan, a kind of entry filters the rows met on the way. A sign-in's
 * user agent comes from {@code portal_sign_in} (the sign-in row is written just before its audit
 * event), the agent's name from {@code portal_account}; both are lookups by index for the rows of
 * the page only.
 */
public final class ActivityQueries {

    /** A statement and its parameters. */
    public record Statement(String sql, Object[] args) {}

    private ActivityQueries() {}

    public static Statement page(Criteria criteria, long offset, int limit) {
        Where where = where(criteria);
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return new Statement("""
                SELECT a.id, a.occurred_at, a.action, a.actor_account_id, a.actor_name, a.details,
                  (SELECT agent.display_name FROM portal_account agent
                    WHERE agent.id = a.on_behalf_of_account_id) AS on_behalf_of_name,
                  CASE WHEN a.action = 'SIGN_IN' THEN
                    (SELECT s.user_agent FROM portal_sign_in s
                      WHERE s.customer_id = a.subject_customer_id AND s.signed_in_at <= a.occurred_at
                      ORDER BY s.signed_in_at DESC LIMIT 1)
                  END AS user_agent
                FROM audit_event a
                """ + where.sql + """

                ORDER BY a.occurred_at DESC, a.id DESC
                LIMIT ? OFFSET ?""", args.toArray());
    }

    /** Covered by the same index for all entries (and a range of days). */
    public static Statement count(Criteria criteria) {
        Where where = where(criteria);
        return new Statement("SELECT COUNT(*) FROM audit_event a\n" + where.sql, where.args.toArray());
    }

    private record Where(String sql, List<Object> args) {}

    private static Where where(Criteria criteria) {
        List<String> conditions = new ArrayList<>(List.of("a.subject_customer_id = ?"));
        List<Object> args = new ArrayList<>(List.of(criteria.customerId()));
        switch (criteria.shown()) {
            case ALL -> {}
            case SIGN_INS -> conditions.add("a.action IN (" + marks(ActivityFilter.SIGN_INS, args) + ")");
            case MY_CHANGES -> {
                conditions.add("a.actor_account_id = ?");
                args.add(criteria.ownAccountId());
                conditions.add("a.action NOT IN (" + marks(ActivityFilter.SIGN_INS, args) + ")");
            }
            case STAFF_ACCESS -> {
                // another account than the customer's (so never the portal's NULL), but not a customer's
                conditions.add("a.actor_account_id <> ?");
                args.add(criteria.ownAccountId());
                conditions.add("a.action NOT IN (" + marks(ActorKind.BY_ANOTHER_ACCOUNT, args) + ")");
            }
        }
        if (criteria.from() != null) {
            conditions.add("a.occurred_at >= ?");
            args.add(utc(criteria.from()));
        }
        if (criteria.until() != null) {
            conditions.add("a.occurred_at < ?");
            args.add(utc(criteria.until()));
        }
        return new Where("WHERE " + String.join(" AND ", conditions), args);
    }

    /** One placeholder per value, the values appended to {@code args} (sorted: the same text each time). */
    private static String marks(Collection<String> values, List<Object> args) {
        List<String> sorted = values.stream().sorted().toList();
        args.addAll(sorted);
        return String.join(", ", Collections.nCopies(sorted.size(), "?"));
    }

    /** Stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
