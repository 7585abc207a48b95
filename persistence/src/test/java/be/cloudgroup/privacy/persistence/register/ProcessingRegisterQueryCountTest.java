package be.cloudgroup.privacy.persistence.register;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.Language;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** Reading the register costs a fixed number of SQL statements, however many purposes it holds. */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ProcessingRegisterQueryCountTest extends PersistenceTest {

    @Autowired
    ProcessingRegister register;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    private Statistics statistics;

    @BeforeEach
    void statistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
    }

    @Test
    void reading_all_active_purposes_takes_at_most_three_statements() {
        assertThat(statementsFor(() -> register.activePurposes(Language.NL))).isBetween(1L, 3L);
    }

    @Test
    void reading_the_purposes_using_a_category_takes_at_most_three_statements() {
        assertThat(statementsFor(() -> register.purposesUsing(DataCategory.CONTACT, Language.FR)))
                .isBetween(1L, 3L);
    }

    @Test
    @Transactional
    void the_number_of_statements_does_not_grow_with_the_number_of_purposes() {
        long withTwelve = statementsFor(() -> register.activePurposes(Language.DE));

        for (int position = 13; position <= 20; position++) {
            addPurpose(position);
        }
        entityManager.clear();
        long withTwenty = statementsFor(() -> register.activePurposes(Language.DE));

        assertThat(register.activePurposes(Language.DE)).hasSize(20);
        assertThat(withTwenty).isEqualTo(withTwelve).isBetween(1L, 3L);
    }

    private long statementsFor(Supplier<List<PurposeDetails>> read) {
        statistics.clear();
        List<PurposeDetails> purposes = read.get();
        assertThat(purposes).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    /** An extra purpose with an English text only, a category and a recipient; rolled back after the test. */
    private void addPurpose(int position) {
        String code = "EXTRA_" + position;
        jdbc.update("""
                insert into processing_purpose (code, position, legal_basis, direct_marketing, retention_months, active, version)
                values (?, ?, 'LEGITIMATE_INTEREST', false, 12, true, 0)""", code, position);
        long id = jdbc.queryForObject("select id from processing_purpose where code = ?", Long.class, code);
        jdbc.update("""
                insert into processing_purpose_text (purpose_id, language, name, description, retention, source)
                values (?, 'EN', ?, 'An extra purpose for this test.', '12 months.', 'From you.')""", id, code);
        jdbc.update("insert into processing_purpose_category (purpose_id, category) values (?, 'CONTACT')", id);
        jdbc.update("""
                insert into processing_purpose_recipient (purpose_id, recipient_id)
                select ?, id from recipient where name = 'Hosting provider'""", id);
    }
}
