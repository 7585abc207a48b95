package be.cloudgroup.privacy.persistence.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.preferences.AudienceRule;
import be.cloudgroup.privacy.preferences.ConsentLedger;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audience of a campaign among 100,000 customers, computed in the database a page at a time:
 * the result is checked against the rules applied in Java, and the time of a full walk is printed
 * as a benchmark figure (not asserted: it depends on the machine).
 */
@Tag("benchmark")
class ConsentAudiencePerformanceTest extends PersistenceTest {

    private static final int CUSTOMERS = 100_000;
    private static final String MARKER = "Audience-bulk";
    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");
    private static final ConsentSubject EMAIL = ConsentSubject.channel(CommunicationChannel.EMAIL);

    /** 0..999 999: a 1 000-row recursive CTE crossed with itself. */
    private static final String NUMBERS = """
            (WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
             SELECT a.i * 1000 + b.i AS k FROM n a CROSS JOIN n b) numbers""";

    @Autowired
    ConsentLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void eraseBulkCustomers() {
        // the ledger rows go with their customers (cascade)
        jdbc.update("DELETE FROM customer WHERE last_name = ?", MARKER);
    }

    @Test
    void the_audience_among_a_hundred_thousand_customers_is_read_in_pages_from_the_database() {
        long seeding = System.nanoTime();
        seed();
        System.out.printf(
                "ConsentAudiencePerformanceTest: seeded %,d customers and %,d ledger entries in %d ms%n",
                CUSTOMERS,
                jdbc.queryForObject("SELECT COUNT(*) FROM consent_decision", Long.class),
                (System.nanoTime() - seeding) / 1_000_000);
        List<AudienceRule> rules = List.of(AudienceRule.notRestricted(OFFERS), AudienceRule.consentGiven(EMAIL));
        Instant now = Instant.now();

        long start = System.nanoTime();
        List<Long> audience = new ArrayList<>();
        long after = 0;
        List<Long> page;
        int pages = 0;
        do {
            page = ledger.customersAllowing(rules, now, after, 10_000);
            audience.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
            pages++;
        } while (page.size() == 10_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "ConsentAudiencePerformanceTest: audience of %,d customers in %d pages of 10,000 in %d ms%n",
                audience.size(), pages, millis);

        Set<Long> bulk = new HashSet<>();
        List<Long> expected = new ArrayList<>();
        jdbc.query(
                "SELECT id, status FROM customer WHERE last_name = ? ORDER BY id",
                row -> {
                    bulk.add(row.getLong(1));
                    if (expectedIn(row.getLong(1), row.getString(2))) {
                        expected.add(row.getLong(1));
                    }
                },
                MARKER);
        assertThat(audience.stream().filter(bulk::contains).toList()).isEqualTo(expected);
        assertThat(expected).hasSizeBetween(CUSTOMERS / 4, CUSTOMERS / 2);
    }

    /** The rules in Java, for the seeded pattern below. */
    private static boolean expectedIn(long id, String status) {
        boolean emailGiven = id % 2 == 0 && id % 7 != 0;
        boolean objecting = id % 5 == 0 && id % 15 != 0;
        return !"FORMER".equals(status) && emailGiven && !objecting;
    }

    private void seed() {
        // Stays SQL on purpose: 100,000 customers generated inside the database by one INSERT … SELECT
        // take seconds; through CustomerRow (the one way to build customers elsewhere) they would be
        // 100,000 bound rows sent over JDBC, and the seeding, not the audience query, would be measured.
        jdbc.update("""
                INSERT INTO customer (customer_number, type, salutation, first_name, last_name, email, street,
                  house_number, postal_code, city, country, language, status, created_at, version)
                SELECT CONCAT('BX', LPAD(k, 8, '0')), 'PRIVATE', 'MS', 'Bulk', ?, CONCAT('bulk', k, '@example.org'),
                  'Straat', '1', '9000', 'Gent', 'BE', 'NL', IF(k % 10 = 3, 'FORMER', 'ACTIVE'), NOW(6), 0
                FROM""" + NUMBERS + " WHERE k < ?", MARKER, CUSTOMERS);
        ledger("CHANNEL:EMAIL", "GIVEN", "2025-02-01", "id % 2 = 0");
        ledger("PURPOSE:TARGETED_OFFERS", "OBJECTED", "2025-03-01", "id % 5 = 0");
        ledger("PURPOSE:TARGETED_OFFERS", "OBJECTION_LIFTED", "2025-04-01", "id % 15 = 0");
        ledger("CHANNEL:EMAIL", "WITHDRAWN", "2025-05-01", "id % 14 = 0");
    }

    private void ledger(String subject, String decision, String day, String which) {
        jdbc.update("""
                INSERT INTO consent_decision (customer_id, subject, decision, decided_at, policy_version, means,
                  actor_name)
                SELECT id, ?, ?, ?, 1, 'MIGRATED', 'The portal' FROM customer WHERE last_name = ? AND\s""" + which, subject, decision, day + " 10:00:00", MARKER);
    }
}
