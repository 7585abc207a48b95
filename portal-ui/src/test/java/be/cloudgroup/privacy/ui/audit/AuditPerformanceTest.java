package be.cloudgroup.privacy.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.AuditEventSummary;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.audit.AuditLog;
import be.cloudgroup.privacy.audit.AuditService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.persistence.audit.AuditQueries;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admins' audit trail among a million audit events, per filter kind: the inner query of a page
 * reads the index made for that filter (EXPLAIN), and the server time of count + first page and of
 * a page in the middle of the result is printed as a benchmark figure (not asserted: it depends on
 * the machine). Run on request: {@code -DexcludedGroups=none -Dtest=AuditPerformanceTest}.
 */
@Tag("benchmark")
class AuditPerformanceTest extends PortalTest {

    private static final String MARKER = "bulk-audit";
    private static final int PAGE_SIZE = AuditGrid.PAGE_SIZE;
    private static final int WARM_RUNS = 7;

    /** 0..999 999 without a million round trips: a 1 000-row recursive CTE crossed with itself. */
    private static final String NUMBERS = """
            (WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
             SELECT a.i * 1000 + b.i AS k FROM n a CROSS JOIN n b) numbers""";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditService audit;

    @AfterEach
    void removeSeededRows() {
        jdbc.update("DELETE FROM audit_event WHERE target_type = ?", MARKER);
    }

    @Test
    void every_filter_kind_reads_its_own_index_among_a_million_audit_events() {
        Customer customer = data.customer("Mil", "Audit");
        long seeding = System.nanoTime();
        seed(customer);
        System.out.printf(
                "AuditPerformanceTest: seeded %,d audit events in %d ms%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class),
                (System.nanoTime() - seeding) / 1_000_000);

        CustomerNumber number = CustomerNumber.valueOf(customer.customerNumber());
        Map<String, Object[]> kinds = new LinkedHashMap<>();
        kinds.put("none", new Object[] {
            AuditFilter.EVERYTHING, "ix_audit_event_time", new AuditLog.Criteria(null, null, null, null, null)
        });
        kinds.put("actor", new Object[] {
            new AuditFilter("Bulk Actor 0042", null, null, null, null),
            "ix_audit_event_actor_time",
            new AuditLog.Criteria("Bulk Actor 0042", null, null, null, null)
        });
        kinds.put("customer", new Object[] {
            new AuditFilter(null, number, null, null, null),
            "ix_audit_event_subject_time",
            new AuditLog.Criteria(null, customer.id(), null, null, null)
        });
        kinds.put("action", new Object[] {
            new AuditFilter(null, null, AuditAction.CONSENT_GIVEN, null, null),
            "ix_audit_event_action_time",
            new AuditLog.Criteria(null, null, AuditAction.CONSENT_GIVEN, null, null)
        });
        AuditFilter month = new AuditFilter(null, null, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        kinds.put("time range", new Object[] {
            month,
            "ix_audit_event_time",
            new AuditLog.Criteria(null, null, null, month.fromInstant(), month.untilInstant())
        });
        AuditFilter actionInMonth = new AuditFilter(null, null, AuditAction.CONSENT_GIVEN, month.from(), month.to());
        kinds.put("action + time range", new Object[] {
            actionInMonth,
            "ix_audit_event_action_time",
            new AuditLog.Criteria(null, null, AuditAction.CONSENT_GIVEN, month.fromInstant(), month.untilInstant())
        });

        runAs(data.staffPrincipal(Role.ADMIN));
        System.out.println("AuditPerformanceTest: | filter | matching rows | count + first page | page in the middle"
                + " (offset) | index |");
        for (Map.Entry<String, Object[]> kind : kinds.entrySet()) {
            AuditFilter filter = (AuditFilter) kind.getValue()[0];
            String index = (String) kind.getValue()[1];
            AuditLog.Criteria criteria = (AuditLog.Criteria) kind.getValue()[2];

            AuditQueries.Statement page = AuditQueries.page(criteria, 0, PAGE_SIZE);
            Map<String, Object> plan = innerRow(jdbc.queryForList("EXPLAIN " + page.sql(), page.args()));
            System.out.println("AuditPerformanceTest: EXPLAIN " + kind.getKey() + " " + plan);
            assertThat(plan.get("key")).as(kind.getKey()).isEqualTo(index);

            long count = audit.count(filter);
            long middle = count / 2;
            double[] first = time(() -> {
                audit.count(filter);
                return audit.page(filter, 0, PAGE_SIZE);
            });
            double[] deep = time(() -> audit.page(filter, (int) middle, PAGE_SIZE));
            List<AuditEventSummary> rows = audit.page(filter, (int) middle, PAGE_SIZE);
            assertThat(rows).hasSize((int) Math.min(PAGE_SIZE, count - middle));
            assertThat(rows).isSortedAccordingTo((x, y) -> y.occurredAt().compareTo(x.occurredAt()));
            System.out.printf(
                    "AuditPerformanceTest: | %s | %,d | %.1f ms (first call %.1f) | %.1f ms (%,d; first call"
                            + " %.1f) | %s |%n",
                    kind.getKey(), count, first[1], first[0], deep[1], middle, deep[0], index);
        }
    }

    /** First call and the median of the warm calls, in ms. */
    private static double[] time(java.util.function.Supplier<?> call) {
        long[] nanos = new long[WARM_RUNS + 1];
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            call.get();
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos, 1, nanos.length);
        return new double[] {nanos[0] / 1e6, nanos[1 + WARM_RUNS / 2] / 1e6};
    }

    /**
     * One year of events every 31 seconds: 1,000 actors, 10,000 subjects (one in a thousand events
     * about the real customer), every action in turn.
     */
    private void seed(Customer customer) {
        AuditAction[] actions = AuditAction.values();
        StringBuilder action = new StringBuilder("CASE k % " + actions.length);
        for (int i = 0; i < actions.length; i++) {
            action.append(" WHEN ")
                    .append(i)
                    .append(" THEN '")
                    .append(actions[i].name())
                    .append('\'');
        }
        action.append(" END");
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details)
                SELECT TIMESTAMP '2025-01-01 00:00:00' + INTERVAL k * 31 SECOND, NULL,
                  CONCAT('Bulk Actor ', LPAD(k % 1000, 4, '0')),
                  CASE WHEN k % 1000 = 7 THEN ? ELSE 2000000000 + k % 10000 END, """ + action + """
                , ?, CAST(k AS CHAR), '{"ip":"192.0.2.0"}'
                FROM """ + NUMBERS, customer.id(), MARKER);
        jdbc.execute("ANALYZE TABLE audit_event");
    }

    private static Map<String, Object> innerRow(List<Map<String, Object>> plan) {
        return plan.stream()
                .filter(row -> "audit_event".equals(row.get("table")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plan row for the inner audit_event read: " + plan));
    }
}
