package be.cloudgroup.privacy.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountQuery;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.Role;
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
 * The admin's account list among 100,000 accounts: each search reads indexes only (no scan of
 * the account table), and the server time of a first page with its count is printed per kind of
 * query as a benchmark figure (not asserted: it depends on the machine).
 */
@Tag("benchmark")
class AccountListPerformanceTest extends PortalTest {

    private static final int ACCOUNTS = 100_000;
    private static final int PAGE_SIZE = 50;
    private static final String DOMAIN = "@perf.example";

    /** 0..99 999: a 1 000-row recursive CTE crossed with its first 100 rows. */
    private static final String NUMBERS = """
            (WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
             SELECT a.i * 100 + b.i AS k FROM n a CROSS JOIN n b WHERE b.i < 100) numbers""";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountService accounts;

    @AfterEach
    void removeSeededAccounts() {
        jdbc.update(
                "DELETE r FROM portal_account_role r JOIN portal_account a ON a.id = r.account_id WHERE a.email LIKE ?",
                "bulk-%" + DOMAIN);
        jdbc.update("DELETE FROM portal_account WHERE email LIKE ?", "bulk-%" + DOMAIN);
    }

    @Test
    void the_account_list_among_100000_accounts_reads_indexes_for_every_search() {
        Customer customer = data.customer("Perf", "Ormance");
        data.customerPrincipal(customer);
        long seeding = System.nanoTime();
        seed();
        System.out.printf(
                "AccountListPerformanceTest: seeded %,d accounts in %d ms%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM portal_account", Long.class),
                (System.nanoTime() - seeding) / 1_000_000);
        runAs(data.staffPrincipal(Role.ADMIN));

        Map<String, AccountQuery> queries = new java.util.LinkedHashMap<>();
        queries.put("no filter, by e-mail", AccountQuery.all());
        queries.put(
                "no filter, by last sign-in desc", AccountQuery.all().sortedBy(AccountQuery.Sort.LAST_SIGN_IN, true));
        queries.put(
                "e-mail prefix 'bulk-4711'", new AccountQuery("bulk-4711", null, null, AccountQuery.Sort.EMAIL, false));
        queries.put(
                "name prefix 'Ward Wouters'",
                new AccountQuery("Ward Wouters", null, null, AccountQuery.Sort.NAME, false));
        queries.put(
                "customer number",
                new AccountQuery(customer.customerNumber(), null, null, AccountQuery.Sort.EMAIL, false));
        queries.put(
                "role SUPPORT + status LOCKED",
                new AccountQuery("", Role.SUPPORT, AccountStatus.LOCKED, AccountQuery.Sort.EMAIL, false));
        queries.put(
                "status ACTIVE, by name",
                new AccountQuery("", null, AccountStatus.ACTIVE, AccountQuery.Sort.NAME, false));
        queries.put(
                "role CUSTOMER, by e-mail", new AccountQuery("", Role.CUSTOMER, null, AccountQuery.Sort.EMAIL, false));

        for (Map.Entry<String, AccountQuery> query : queries.entrySet()) {
            long[] nanos = new long[11];
            List<AccountSummary> page = List.of();
            long count = 0;
            for (int run = 0; run < nanos.length; run++) {
                long start = System.nanoTime();
                page = accounts.listAccounts(query.getValue(), 0, PAGE_SIZE);
                count = accounts.countAccounts(query.getValue());
                nanos[run] = System.nanoTime() - start;
            }
            long first = nanos[0];
            Arrays.sort(nanos, 1, nanos.length);
            System.out.printf(
                    "AccountListPerformanceTest: %-32s %6d matches, first page + count: first call %6.1f ms,"
                            + " median of 10 warm calls %6.1f ms%n",
                    query.getKey(), count, first / 1e6, nanos[5] / 1e6);
            assertThat(page).hasSizeLessThanOrEqualTo(PAGE_SIZE);
            assertThat(count).isGreaterThanOrEqualTo(page.size());
        }
        assertThat(accounts.countAccounts(queries.get("e-mail prefix 'bulk-4711'")))
                .isEqualTo(11);
        assertThat(accounts.countAccounts(queries.get("customer number"))).isEqualTo(1);

        for (String search : List.of("bulk-4711", "Ward Wouters", customer.customerNumber())) {
            List<Map<String, Object>> plan = jdbc.queryForList(
                    "EXPLAIN SELECT a.id FROM portal_account a"
                            + " JOIN (SELECT id FROM portal_account WHERE email LIKE ? ESCAPE '!'"
                            + " UNION SELECT id FROM portal_account WHERE display_name LIKE ? ESCAPE '!'"
                            + " UNION SELECT pa.id FROM customer pc JOIN portal_account pa ON pa.customer_id = pc.id"
                            + " WHERE pc.customer_number = ?) m ON m.id = a.id",
                    search.toLowerCase() + "%",
                    search.toLowerCase() + "%",
                    search);
            System.out.println("AccountListPerformanceTest: EXPLAIN search '" + search + "' " + plan);
            assertThat(plan)
                    .as("no full scan of an account or customer table (the union's own result may be read whole)")
                    .filteredOn(row ->
                            List.of("a", "portal_account", "pa", "pc").contains(String.valueOf(row.get("table"))))
                    .noneSatisfy(row -> assertThat(row.get("type")).isEqualTo("ALL"));
        }
    }

    private void seed() {
        jdbc.update("""
                INSERT INTO portal_account (public_id, email, display_name, status, created_at, last_sign_in_at, version)
                SELECT UUID(), CONCAT('bulk-', k, ?),
                  CONCAT(ELT(1 + k % 10, 'Anna', 'Bram', 'Chloé', 'Dirk', 'Els', 'Frank', 'Greet', 'Hans', 'Ines', 'Ward'),
                    ' ', ELT(1 + (k DIV 10) % 10, 'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems',
                    'Claes', 'Goossens', 'Wouters', 'De Smet'), ' ', k),
                  CASE WHEN k % 50 = 0 THEN 'LOCKED' WHEN k % 97 = 0 THEN 'DISABLED' ELSE 'ACTIVE' END,
                  NOW(6), CASE WHEN k % 3 = 0 THEN NULL ELSE NOW(6) - INTERVAL k MINUTE END, 0
                FROM """ + NUMBERS, DOMAIN);
        jdbc.update("""
                INSERT INTO portal_account_role (account_id, role)
                SELECT id, CASE WHEN id % 20 = 0 THEN 'SUPPORT' ELSE 'CUSTOMER' END FROM portal_account WHERE email LIKE ?""", "bulk-%" + DOMAIN);
        jdbc.execute("ANALYZE TABLE portal_account, portal_account_role");
    }
}
