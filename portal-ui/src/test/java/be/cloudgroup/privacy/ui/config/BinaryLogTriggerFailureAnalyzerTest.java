package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The portal's own migrations on a MariaDB with binary logging, run by an account without SUPER
 * (as in production): refused with one clear sentence, and they migrate once the server trusts
 * function creators.
 */
class BinaryLogTriggerFailureAnalyzerTest {

    @Test
    void binary_logging_without_trusted_function_creators_is_one_clear_sentence_and_the_flag_lets_it_migrate()
            throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.startTemporary("privacy_portal", "--log-bin=binlog")) {
            DriverManagerDataSource portalAccount =
                    new DriverManagerDataSource(database.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);

            Throwable refused = catchThrowable(() -> migrate(portalAccount));
            FailureAnalysis analysis = new BinaryLogTriggerFailureAnalyzer().analyze(refused);

            assertThat(analysis).as("analysis of %s", refused).isNotNull();
            assertThat(analysis.getDescription())
                    .isEqualTo("The database migration cannot create its triggers because MariaDB has binary"
                            + " logging on and the portal's database account lacks the SUPER privilege.");
            assertThat(analysis.getAction()).contains("log_bin_trust_function_creators=1", "SUPER");

            database.runAsRoot("SET GLOBAL log_bin_trust_function_creators = 1;");
            migrate(portalAccount);

            try (Connection connection = portalAccount.getConnection();
                    ResultSet triggers = connection
                            .createStatement()
                            .executeQuery("SELECT COUNT(*) FROM information_schema.triggers"
                                    + " WHERE trigger_schema = 'privacy_portal'")) {
                triggers.next();
                assertThat(triggers.getInt(1)).isPositive();
            }
        }
    }

    private static void migrate(DriverManagerDataSource dataSource) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }
}
