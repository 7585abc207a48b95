package be.cloudgroup.privacy.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityLog;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.persistence.activity.ActivityQueries;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The activity page among a million audit events: the query reads the subject's index backwards
 * (no full scan, no sort, only the page's rows) and the first page's server time is printed as a
 * benchmark figure (not asserted: it depends on the machine).
 */
@Tag("benchmark")
class ActivityPerformanceTest extends PortalTest {

    private static final String MARKER = "bulk-test";
    private static final int PAGE_SIZE = 50;
    private static final long FAKE_SUBJECTS = 10_000;
    private static final long FIRST_FAKE_SUBJECT = 2_000_000_000L;

    /** 0..999 999 without a million round trips: a 1 000-row recursive CTE crossed with itself. */
    private static final String NUMBERS = """
            (WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
             SELECT a.i * 1000 + b.i AS k FROM n a CROSS JOIN n b) numbers""";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ActivityService activity;

    @AfterEach
    void removeSeededRows() {
        jdbc.update("DELETE FROM audit_event WHERE target_type = ?", MARKER);
    }

    @Test
    void the_activity_page_of_one_customer_among_a_million_audit_events_reads_only_its_index() {
        Customer customer = data.customer("Mil", "Joen");
        AccountPrincipal me = data.customerPrincipal(customer);
        long seeding = System.nanoTime();
        seed(customer, me);
        System.out.printf(
                "ActivityPerformanceTest: seeded %,d audit events in %d ms%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class),
                (System.nanoTime() - seeding) / 1_000_000);

        ActivityQueries.Statement firstPage = ActivityQueries.page(
                new ActivityLog.Criteria(customer.id(), me.accountId(), ActivityFilter.Shown.ALL, null, null),
                0,
                PAGE_SIZE);
        Map<String, Object> plan = auditEventRow(jdbc.queryForList("EXPLAIN " + firstPage.sql(), firstPage.args()));
        System.out.println("ActivityPerformanceTest: EXPLAIN " + plan);
        assertThat(plan.get("key")).isEqualTo("ix_audit_event_subject_time");
        assertThat(plan.get("type")).isIn("ref", "range");
        assertThat(number(plan, "rows")).isLessThan(10_000);
        assertThat(String.valueOf(plan.get("Extra"))).doesNotContainIgnoringCase("filesort");

        Map<String, Object> executed = auditEventRow(jdbc.queryForList("ANALYZE " + firstPage.sql(), firstPage.args()));
        System.out.println("ActivityPerformanceTest: ANALYZE " + executed);
        assertThat(number(executed, "r_rows")).isLessThanOrEqualTo(PAGE_SIZE);

        runAs(me);
        long[] nanos = new long[21];
        List<ActivityEntry> page = List.of();
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            page = activity.page(ActivityFilter.EVERYTHING, 0, PAGE_SIZE);
            activity.count(ActivityFilter.EVERYTHING);
            nanos[run] = System.nanoTime() - start;
        }
        long first = nanos[0];
        Arrays.sort(nanos, 1, nanos.length);
        System.out.printf(
                "ActivityPerformanceTest: first page (page + count, %d rows) first call %.1f ms,"
                        + " median of 20 warm calls %.1f ms%n",
                page.size(), first / 1e6, nanos[10] / 1e6);
        assertThat(page).hasSize(PAGE_SIZE);
        assertThat(page).isSortedAccordingTo((x, y) -> y.occurredAt().compareTo(x.occurredAt()));
    }

    private void seed(Customer customer, AccountPrincipal me) {
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details)
                SELECT TIMESTAMP '2025-01-01 00:00:00' + INTERVAL k * 31 SECOND, ? + k % ?, 'Bulk Actor', ? + k % ?,
                  CASE k % 3 WHEN 0 THEN 'SIGN_IN' WHEN 1 THEN 'IDENTITY_LINKED' ELSE 'ACCOUNT_CREATED' END,
                  ?, CAST(k AS CHAR), '{"ip":"192.0.2.0"}'
                FROM """ + NUMBERS, FIRST_FAKE_SUBJECT, FAKE_SUBJECTS, FIRST_FAKE_SUBJECT, FAKE_SUBJECTS, MARKER);
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details)
                SELECT TIMESTAMP '2025-01-01 00:00:00' + INTERVAL k * 157680 SECOND,
                  CASE WHEN k % 2 = 0 THEN ? ELSE 1 END, CASE WHEN k % 2 = 0 THEN ? ELSE 'Staff Member' END, ?,
                  CASE k % 2 WHEN 0 THEN 'SIGN_IN' ELSE 'ACCOUNT_CREATED' END, ?, CAST(k AS CHAR), '{"ip":"192.0.2.0"}'
                FROM """ + NUMBERS + " WHERE k < 200", me.accountId(), me.displayName(), customer.id(), MARKER);
        jdbc.execute("ANALYZE TABLE audit_event");
    }

    private static Map<String, Object> auditEventRow(List<Map<String, Object>> plan) {
        return plan.stream()
                .filter(row -> "a".equals(row.get("table")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plan row for audit_event: " + plan));
    }

    /** MariaDB reports plan figures as text or numbers depending on the column. */
    private static double number(Map<String, Object> row, String column) {
        return Double.parseDouble(String.valueOf(row.get(column)));
    }
}
