package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mariadb.jdbc.MariaDbDataSource;

/** Seeds one real MariaDB, migrated by the portal's Liquibase changelog, and reads the rows back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private EmbeddedMariaDb server;
    private DataSource dataSource;
    private DemoData.Result result;
    private long seedingMillis;

    @BeforeAll
    void seedAFreshDatabase() throws Exception {
        server = EmbeddedMariaDb.startTemporary("privacy_portal");
        MariaDbDataSource mariaDb = new MariaDbDataSource(server.jdbcUrl());
        mariaDb.setUser(EmbeddedMariaDb.USER);
        mariaDb.setPassword(EmbeddedMariaDb.PASSWORD);
        dataSource = mariaDb;
        migrate();
        long started = System.nanoTime();
        result = DemoData.seedIfEmpty(dataSource, CLOCK);
        seedingMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Demo data seeded in %d ms: %s%n", seedingMillis, result);
    }

    @AfterAll
    void stopTheDatabase() {
        if (server != null) {
            server.close();
        }
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(
                                    UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/db.changelog-master.yaml")
                            .execute());
        }
    }

    @Test
    void seeding_an_empty_database_inserts_a_thousand_customers_with_their_history_within_seconds() throws Exception {
        assertThat(result.seeded()).isTrue();
        assertThat(result.customers()).isEqualTo(DemoData.GENERATED_CUSTOMERS + 2);
        assertThat(result.contracts()).isGreaterThan(1_000);
        assertThat(result.invoices()).isGreaterThan(5_000);
        assertThat(result.serviceTickets()).isGreaterThan(500);
        assertThat(result.communications()).isGreaterThan(1_500);
        assertThat(result.marketingCampaigns()).isBetween(3, 4);
        assertThat(result.campaignEnrolments()).isGreaterThan(50);
        assertThat(result.consentDecisions()).isGreaterThan(1_000);
        assertThat(count("SELECT COUNT(*) FROM consent_decision")).isEqualTo(result.consentDecisions());
        assertThat(result.portalAccounts()).isBetween(300, 420);
        assertThat(result.portalAccountRoles()).isEqualTo(result.portalAccounts());
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(result.customers());
        assertThat(count("SELECT COUNT(*) FROM invoice")).isEqualTo(result.invoices());
        assertThat(count("SELECT COUNT(*) FROM communication")).isEqualTo(result.communications());
        assertThat(count("SELECT COUNT(*) FROM portal_account")).isEqualTo(result.portalAccounts());
        // Generous bound for a shared 2-core machine; it takes a few seconds at most.
        assertThat(seedingMillis).isLessThan(30_000);
    }

    @Test
    void seeding_a_database_that_has_customers_inserts_nothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM invoice");

        DemoData.Result again = DemoData.seedIfEmpty(dataSource, CLOCK);

        assertThat(again).isEqualTo(DemoData.Result.NOTHING);
        assertThat(again.seeded()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(result.customers());
        assertThat(count("SELECT COUNT(*) FROM invoice")).isEqualTo(before);
    }

    @Test
    void the_demo_customer_has_four_years_of_contracts_invoices_tickets_and_messages() throws Exception {
        Map<String, Object> anke = row("SELECT * FROM customer WHERE email = 'customer@example.com'");
        assertThat(anke)
                .containsEntry("customer_number", "CG00000018")
                .containsEntry("type", "PRIVATE")
                .containsEntry("salutation", "MS")
                .containsEntry("first_name", "Anke")
                .containsEntry("last_name", "Peeters")
                .containsEntry("language", "NL")
                .containsEntry("status", "ACTIVE")
                .containsEntry("lead_source", "WEBSITE_FORM")
                .containsEntry("city", "Gent")
                .containsEntry("postal_code", "9000");
        assertThat((String) anke.get("mobile")).startsWith("+3247").hasSize(12);
        assertThat((String) anke.get("phone")).startsWith("+329").hasSize(11);
        long id = ((Number) anke.get("id")).longValue();

        assertThat(count("SELECT COUNT(*) FROM contract WHERE customer_id = " + id))
                .isBetween(3L, 4L);
        assertThat(count("SELECT COUNT(*) FROM contract WHERE status = 'ENDED' AND customer_id = " + id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = " + id))
                .isGreaterThanOrEqualTo(48);
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = " + id
                        + " AND issue_date < DATE_SUB('2026-11-26', INTERVAL 4 YEAR)"))
                .isPositive();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM invoice WHERE customer_id = " + id
                                        + " AND status = 'PAID' AND (masked_account IS NULL OR masked_account <> 'BE** **** **** 4417')"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = " + id
                        + " AND status = 'PAID' AND payment_method = 'DIRECT_DEBIT'"))
                .isGreaterThan(40);
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = " + id
                        + " AND status = 'PAID' AND paid_on > due_date"))
                .isEqualTo(1);
        assertThat(row("SELECT status FROM invoice WHERE customer_id = " + id + " ORDER BY issue_date DESC LIMIT 1"))
                .containsEntry("status", "OPEN");
        assertThat(count("SELECT COUNT(*) FROM service_ticket WHERE customer_id = " + id))
                .isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(DISTINCT channel) FROM service_ticket WHERE customer_id = " + id))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT status) FROM service_ticket WHERE customer_id = " + id))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM communication WHERE customer_id = " + id))
                .isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT COUNT(DISTINCT kind) FROM communication WHERE customer_id = " + id))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM campaign_enrolment WHERE customer_id = " + id))
                .isEqualTo(2);
        assertThat(subscriptions(id))
                .containsEntry("NEWSLETTER/EMAIL", true)
                .containsEntry("NEWSLETTER/SMS", false)
                .containsEntry("NEWSLETTER/POST", false);
        assertThat(count("SELECT COUNT(*) FROM consent_decision d JOIN portal_account a ON a.id = d.actor_account_id"
                        + " WHERE d.customer_id = " + id + " AND d.means = 'PORTAL' AND a.customer_id = " + id))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = " + id
                        + " AND subject = 'PURPOSE:TARGETED_OFFERS'"))
                .as("not yet objected to direct marketing")
                .isZero();
    }

    @Test
    void the_business_customer_has_a_valid_belgian_vat_number_and_pays_by_transfer() throws Exception {
        Map<String, Object> brewery = row("SELECT * FROM customer WHERE email = 'business@example.com'");
        assertThat(brewery)
                .containsEntry("type", "BUSINESS")
                .containsEntry("company_name", "Brouwerij De Vijf Sleutels BV")
                .containsEntry("city", "Antwerpen");
        assertThat(brewery.get("first_name")).isNotNull();
        assertThat(brewery.get("last_name")).isNotNull();
        String vat = (String) brewery.get("vat_number");
        assertThat(vat).matches("BE0[0-9]{9}");
        assertThat(VatNumber.valueOf(vat)).hasToString(vat);
        assertThat(97 - Integer.parseInt(vat.substring(2, 10)) % 97).isEqualTo(Integer.parseInt(vat.substring(10)));
        long id = ((Number) brewery.get("id")).longValue();
        assertThat(count("SELECT COUNT(*) FROM contract WHERE customer_id = " + id))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE payment_method = 'TRANSFER' AND customer_id = " + id))
                .isGreaterThanOrEqualTo(24);
        assertThat(count("SELECT COUNT(*) FROM service_ticket WHERE customer_id = " + id))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM communication WHERE customer_id = " + id))
                .isPositive();
    }

    @Test
    void every_stored_email_phone_number_address_vat_number_and_customer_number_passes_the_value_objects()
            throws Exception {
        int checked = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM customer")) {
            while (rows.next()) {
                String email = rows.getString("email");
                assertThat(EmailAddress.valueOf(email)).hasToString(email);
                assertThat(EmailAddress.valueOf(email).domain()).isIn("example.be", "example.com", "example.org");
                for (String column : List.of("phone", "mobile")) {
                    String phone = rows.getString(column);
                    if (phone != null) {
                        assertThat(PhoneNumber.valueOf(phone)).hasToString(phone);
                        assertThat(phone).startsWith("+32");
                    }
                }
                if (rows.getString("mobile") != null) {
                    assertThat(PhoneNumber.valueOf(rows.getString("mobile")).isMobile())
                            .isTrue();
                    assertThat(rows.getString("mobile")).hasSize(12);
                }
                PostalAddress address = PostalAddress.valueOf(
                        rows.getString("street"),
                        rows.getString("house_number"),
                        rows.getString("box"),
                        rows.getString("postal_code"),
                        rows.getString("city"),
                        rows.getString("country"));
                assertThat(address.street()).isEqualTo(rows.getString("street"));
                assertThat(address.box().orElse(null)).isEqualTo(rows.getString("box"));
                assertThat(address.country()).isEqualTo("BE");
                String vat = rows.getString("vat_number");
                if (vat != null) {
                    assertThat(VatNumber.valueOf(vat)).hasToString(vat);
                }
                assertThat(rows.getString("vat_number") != null).isEqualTo("BUSINESS".equals(rows.getString("type")));
                String number = rows.getString("customer_number");
                assertThat(CustomerNumber.valueOf(number)).isEqualTo(CustomerNumber.of(rows.getInt("id")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(result.customers());
        assertThat(count("SELECT COUNT(DISTINCT email) FROM customer")).isEqualTo(checked);
        assertThat(count("SELECT COUNT(DISTINCT vat_number) FROM customer WHERE vat_number IS NOT NULL"))
                .isEqualTo(count("SELECT COUNT(*) FROM customer WHERE vat_number IS NOT NULL"));
    }

    @Test
    void generated_customers_are_spread_over_the_regions_and_speak_their_language() throws Exception {
        Map<String, Long> languages = counts("SELECT language, COUNT(*) FROM customer GROUP BY language");
        assertThat(languages.keySet()).containsExactlyInAnyOrder("NL", "FR", "DE", "EN");
        assertThat(languages.get("NL")).isGreaterThan(languages.get("FR"));
        assertThat(languages.get("DE")).isGreaterThan(20);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM customer WHERE postal_code BETWEEN '4700' AND '4799' AND language = 'NL'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE postal_code = '4700' AND language = 'DE'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE city = 'Liège' AND language = 'NL'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE postal_code = '9000' AND language = 'FR'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE type = 'BUSINESS'"))
                .isBetween(110L, 200L);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE type = 'BUSINESS' AND company_name IS NULL"))
                .isZero();
        Map<String, Long> statuses = counts("SELECT status, COUNT(*) FROM customer GROUP BY status");
        assertThat(statuses.get("ACTIVE")).isGreaterThan(statuses.get("FORMER") + statuses.get("PROSPECT"));
        assertThat(count("SELECT COUNT(*) FROM contract c JOIN customer k ON k.id = c.customer_id"
                        + " WHERE k.status = 'PROSPECT'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM contract c JOIN customer k ON k.id = c.customer_id"
                        + " WHERE k.status = 'FORMER' AND c.status <> 'ENDED'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM customer k WHERE k.status = 'ACTIVE' AND NOT EXISTS"
                        + " (SELECT 1 FROM contract c WHERE c.customer_id = k.id AND c.status = 'ACTIVE')"))
                .isZero();
        assertThat(
                        counts(
                                "SELECT lead_source, COUNT(*) FROM customer WHERE lead_source IS NOT NULL GROUP BY lead_source"))
                .hasSize(6);
        assertThat(counts("SELECT purpose_code, COUNT(*) FROM marketing_campaign GROUP BY purpose_code")
                        .keySet())
                .containsExactlyInAnyOrder("NURTURING", "TARGETED_OFFERS");
        assertThat(count("SELECT COUNT(*) FROM marketing_campaign m WHERE NOT EXISTS"
                        + " (SELECT 1 FROM processing_purpose p WHERE p.code = m.purpose_code)"))
                .isZero();
    }

    @Test
    void nothing_happens_in_the_future_and_nothing_ends_before_it_starts() throws Exception {
        LocalDateTime now = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC);
        for (String query : List.of(
                "SELECT MAX(created_at) FROM customer",
                "SELECT MAX(opened_at) FROM service_ticket",
                "SELECT MAX(closed_at) FROM service_ticket",
                "SELECT MAX(sent_at) FROM communication",
                "SELECT MAX(decided_at) FROM consent_decision",
                "SELECT MAX(created_at) FROM portal_account")) {
            assertThat(timestamp(query)).as(query).isBeforeOrEqualTo(now);
        }
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE issue_date > '" + TODAY + "' OR paid_on > '" + TODAY
                        + "' OR due_date < issue_date OR paid_on < issue_date OR amount_cents <= 0"))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM invoice WHERE (status = 'PAID') <> (paid_on IS NOT NULL)"
                                        + " OR (paid_on IS NULL) <> (payment_method IS NULL) OR (paid_on IS NULL) <> (masked_account IS NULL)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE masked_account NOT LIKE '%*%'"
                        + " OR masked_account REGEXP '[0-9]{5}'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM contract WHERE start_date > '" + TODAY + "' OR end_date < start_date"
                        + " OR (status = 'ENDED') <> (end_date IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM service_ticket WHERE closed_at < opened_at"
                        + " OR (status IN ('RESOLVED', 'CLOSED')) <> (closed_at IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM campaign_enrolment WHERE enrolled_on > '" + TODAY
                        + "' OR ends_on < enrolled_on"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM communication WHERE (kind = 'CAMPAIGN') <> (campaign_id IS NOT NULL)"))
                .isZero();
    }

    @Test
    void the_demo_users_and_a_third_of_the_customers_have_portal_accounts_waiting_to_be_linked() throws Exception {
        assertThat(roles())
                .containsEntry("customer@example.com", "CUSTOMER")
                .containsEntry("business@example.com", "CUSTOMER")
                .containsEntry("support@example.com", "SUPPORT")
                .containsEntry("admin@example.com", "ADMIN");
        assertThat(row("SELECT display_name FROM portal_account WHERE email = 'support@example.com'"))
                .containsEntry("display_name", "Sam Support");
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM portal_account WHERE status = 'ACTIVE' AND email IN"
                                        + " ('customer@example.com', 'business@example.com', 'support@example.com', 'admin@example.com')"))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM portal_account a JOIN customer c ON c.id = a.customer_id"
                        + " WHERE a.email = c.email AND a.email IN ('customer@example.com', 'business@example.com')"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM portal_account WHERE issuer IS NOT NULL OR subject IS NOT NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM portal_account a JOIN customer c ON c.id = a.customer_id"
                        + " WHERE a.email <> c.email"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM portal_account WHERE customer_id IS NOT NULL"))
                .isBetween(280L, 420L);
        Map<String, Long> statuses = counts("SELECT status, COUNT(*) FROM portal_account GROUP BY status");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder("ACTIVE", "LOCKED", "DISABLED");
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isZero();
        assertThat(count("SELECT COUNT(*) FROM portal_sign_in")).isZero();
    }

    @Test
    void the_same_seed_gives_the_same_customers() throws Exception {
        Map<String, Object> fiveHundredth = row("SELECT customer_number, first_name, last_name, email, city, language"
                + " FROM customer WHERE id = 500");
        Map<String, Object> last = row("SELECT customer_number, first_name, last_name, company_name, vat_number"
                + " FROM customer WHERE id = 1002");
        assertThat(fiveHundredth)
                .containsEntry("customer_number", "CG00005009")
                .containsEntry("first_name", "Lien")
                .containsEntry("last_name", "Peeters")
                .containsEntry("email", "lien.peeters34@example.be")
                .containsEntry("city", "Lier")
                .containsEntry("language", "NL");
        assertThat(last)
                .containsEntry("customer_number", "CG00010025")
                .containsEntry("first_name", "Jonas")
                .containsEntry("last_name", "Lenz")
                .doesNotContainKeys("company_name", "vat_number");
    }

    @Test
    void who_the_customers_are_does_not_depend_on_the_date_only_their_history_does() {
        Clock aYearLater = Clock.offset(CLOCK, java.time.Duration.ofDays(365));
        List<String> identityColumns = List.of(
                "customer_number",
                "type",
                "salutation",
                "first_name",
                "last_name",
                "company_name",
                "vat_number",
                "email",
                "phone",
                "mobile",
                "street",
                "house_number",
                "box",
                "postal_code",
                "city",
                "language",
                "status",
                "lead_source");

        List<Map<String, Object>> today = DemoData.customerRows(CLOCK);
        List<Map<String, Object>> later = DemoData.customerRows(aYearLater);

        assertThat(later).hasSameSizeAs(today);
        for (int i = 0; i < today.size(); i++) {
            for (String column : identityColumns) {
                assertThat(later.get(i).get(column))
                        .as(column + " of customer " + (i + 1))
                        .isEqualTo(today.get(i).get(column));
            }
        }
        assertThat(later.get(0).get("acquired_on"))
                .isEqualTo(TODAY.plusDays(365).minusMonths(50).minusDays(12));
    }

    // ---- helpers ----

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private LocalDateTime timestamp(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, LocalDateTime.class);
        }
    }

    private Map<String, Object> row(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            Map<String, Object> values = new HashMap<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                Object value = rows.getObject(i);
                if (value != null) {
                    values.put(rows.getMetaData().getColumnLabel(i), value);
                }
            }
            return values;
        }
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private Map<String, Boolean> subscriptions(long customerId) throws SQLException {
        Map<String, Boolean> subscriptions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT subject, decision FROM consent_decision WHERE customer_id = ? AND subject LIKE 'TOPIC:%'"
                                + " ORDER BY decided_at, id")) {
            statement.setLong(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // the latest decision per topic and channel wins
                    subscriptions.put(
                            rows.getString(1).substring("TOPIC:".length()).replace(':', '/'),
                            "GIVEN".equals(rows.getString(2)));
                }
            }
        }
        return subscriptions;
    }

    private Map<String, String> roles() throws SQLException {
        Map<String, String> roles = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT a.email, r.role FROM portal_account a"
                        + " JOIN portal_account_role r ON r.account_id = a.id WHERE a.email LIKE '%@example.com'")) {
            while (rows.next()) {
                roles.put(rows.getString(1), rows.getString(2));
            }
        }
        return roles;
    }
}
