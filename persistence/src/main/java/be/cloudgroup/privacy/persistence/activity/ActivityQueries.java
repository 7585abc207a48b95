package be.cloudgroup.privacy.persistence.activity;

/**
 * The SQL behind the activity page, public so that a benchmark can {@code EXPLAIN} exactly what
 * runs. One statement per page: the audit events of one subject read backwards along
 * {@code ix_audit_event_subject_time (subject_customer_id, occurred_at, id)}, so no sort and no
 * scan beyond offset + limit rows. A sign-in's user agent comes from {@code portal_sign_in}
 * (the sign-in row is written just before its audit event), the agent's name from
 * {@code portal_account}; both are lookups by index for the rows of the page only.
 */
public final class ActivityQueries {

    /** Parameters: subject customer id, limit, offset. */
    public static final String PAGE = """
            SELECT a.id, a.occurred_at, a.action, a.actor_account_id, a.actor_name, a.details,
              (SELECT agent.display_name FROM portal_account agent
                WHERE agent.id = a.on_behalf_of_account_id) AS on_behalf_of_name,
              CASE WHEN a.action = 'SIGN_IN' THEN
                (SELECT s.user_agent FROM portal_sign_in s
                  WHERE s.customer_id = a.subject_customer_id AND s.signed_in_at <= a.occurred_at
                  ORDER BY s.signed_in_at DESC LIMIT 1)
              END AS user_agent
            FROM audit_event a
            WHERE a.subject_customer_id = ?
            ORDER BY a.occurred_at DESC, a.id DESC
            LIMIT ? OFFSET ?""";

    /** Parameter: subject customer id. Covered by the same index. */
    public static final String COUNT = "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?";

    private ActivityQueries() {}
}
