package be.cloudgroup.privacy.benchmark;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import java.time.Instant;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds one customer with a given number of audit events in a single INSERT … SELECT over a
 * numbers table built by a recursive CTE (no round trip per row). The events look like the real
 * ones: sign-ins with a truncated IP, corrections with old and new values, staff access, a share
 * of them by an agent on the customer's behalf.
 */
final class AuditSeed {

    /** 0..999 999: a 1 000-row recursive CTE crossed with itself (MariaDB's recursion limit is 1 000). */
    private static final String NUMBERS = """
            (WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
             SELECT a.i * 1000 + b.i AS k FROM n a CROSS JOIN n b) numbers""";

    private static final String EVENTS = """
            INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, on_behalf_of_account_id,
              subject_customer_id, action, target_type, target_id, details)
            SELECT TIMESTAMP '2020-01-01 00:00:00' + INTERVAL k * 97 SECOND,
              CASE WHEN k % 5 = 4 THEN 900000001 ELSE 900000000 END,
              CASE WHEN k % 5 = 4 THEN 'Sofie Support' ELSE ? END,
              CASE WHEN k % 20 = 9 THEN ? END,
              ?,
              CASE k % 5 WHEN 0 THEN 'SIGN_IN' WHEN 1 THEN 'CONTACT_DETAILS_CORRECTED'
                WHEN 2 THEN 'CONTACT_CHANGE_REQUESTED' WHEN 3 THEN 'CONTACT_CHANGE_CONFIRMED'
                ELSE 'FOREIGN_REFERENCE_REFUSED' END,
              CASE k % 5 WHEN 0 THEN 'PORTAL_SIGN_IN' WHEN 4 THEN 'ROUTE' ELSE 'CUSTOMER' END,
              CAST(k AS CHAR),
              CASE k % 5
                WHEN 0 THEN CONCAT('{"ip":"192.0.2.0","device":"Firefox on Linux"}')
                WHEN 1 THEN CONCAT('{"field":"street","new":"Veldstraat ', k % 300, '","old":"Korenmarkt ', k % 200, '"}')
                WHEN 2 THEN CONCAT('{"channel":"EMAIL","new":"anke.', k, '@example.org"}')
                WHEN 3 THEN CONCAT('{"channel":"MOBILE","new":"+3247', LPAD(k % 10000000, 7, '0'), '"}')
                ELSE CONCAT('{"route":"my-data","reference":"CG', LPAD(k % 10000000, 8, '0'), '"}') END
            FROM""" + " " + NUMBERS + " WHERE k < ?";

    private static final String AGENT_EMAIL = "sofie.support@cloudgroup.example";

    private final JdbcTemplate jdbc;
    private final long agentAccountId;

    private AuditSeed(JdbcTemplate jdbc, long agentAccountId) {
        this.jdbc = jdbc;
        this.agentAccountId = agentAccountId;
    }

    /** Creates the support agent's account that acts on the customers' behalf in a share of the events. */
    static AuditSeed withAgent(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO portal_account (email, display_name, status, created_at, version)
                VALUES (?, 'Sofie Support', 'ACTIVE', TIMESTAMP '2020-01-01 00:00:00', 0)""", AGENT_EMAIL);
        return new AuditSeed(
                jdbc, jdbc.queryForObject("SELECT id FROM portal_account WHERE email = ?", Long.class, AGENT_EMAIL));
    }

    /** Inserts a private customer and {@code events} audit events about them; returns the customer id. */
    long customerWithEvents(int sequence, String firstName, int events) {
        CustomerRow customer = CustomerRow.aPrivateCustomer(
                        CustomerNumber.of(sequence),
                        PersonName.valueOf(firstName, "Benchmark"),
                        EmailAddress.valueOf(firstName.toLowerCase() + ".benchmark@example.org"))
                .mobile(PhoneNumber.valueOf("+32470123456"))
                .createdAt(Instant.parse("2020-01-01T00:00:00Z"));
        long customerId = jdbc.execute((ConnectionCallback<Long>) customer::insert);
        jdbc.update(EVENTS, firstName + " Benchmark", agentAccountId, customerId, events);
        jdbc.execute("ANALYZE TABLE audit_event");
        return customerId;
    }
}
