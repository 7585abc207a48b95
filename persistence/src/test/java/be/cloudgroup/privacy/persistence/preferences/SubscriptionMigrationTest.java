package be.cloudgroup.privacy.persistence.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Migration 0062/0063 on a database that still has subscriptions: migrated up to just before 0062,
 * given rows in channel_subscription, then migrated to the end. Runs in a database of its own, so
 * the shared test database is never half-migrated.
 */
class SubscriptionMigrationTest extends PersistenceTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    @Test
    @SuppressWarnings("deprecation") // the Liquibase facade is the simplest way to migrate in steps
    void every_subscription_becomes_one_migrated_ledger_entry_and_the_old_table_is_gone() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                freshDatabase("subscription_migration"), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
            List<ChangeSet> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            int beforeMigration =
                    pending.stream().map(ChangeSet::getId).toList().indexOf("0062-1");
            liquibase.update(beforeMigration, new Contexts(), new LabelExpression());

            try (Statement sql = connection.createStatement()) {
                // Stays SQL on purpose: the row must fit the customer table as it was before 0062, not
                // today's shape that CustomerRow writes (a future column would break this old schema).
                sql.executeUpdate("""
                        INSERT INTO customer (id, customer_number, type, salutation, first_name, last_name, email, street,
                          house_number, postal_code, city, country, language, status, created_at, version)
                        VALUES (41, 'CG00000041', 'PRIVATE', 'MS', 'Mia', 'Migratie', 'mia@example.org', 'Straat', '1',
                          '9000', 'Gent', 'BE', 'NL', 'ACTIVE', '2024-01-01 10:00:00', 0)""");
                sql.executeUpdate("""
                        INSERT INTO channel_subscription (customer_id, topic, channel, subscribed, changed_at, version)
                        VALUES (41, 'NEWSLETTER', 'EMAIL', TRUE, '2024-02-03 19:44:00.123456', 3),
                               (41, 'PRODUCT_NEWS', 'SMS', FALSE, '2024-05-06 08:00:00', 1)""");
            }
            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(rows(connection, """
                    SELECT subject, decision, decided_at, policy_version, means, actor_account_id, actor_name,
                      idempotency_key FROM consent_decision WHERE customer_id = 41 ORDER BY decided_at"""))
                    .containsExactly(
                            "TOPIC:NEWSLETTER:EMAIL|GIVEN|2024-02-03 19:44:00.123456|1|MIGRATED|null|The portal|null",
                            "TOPIC:PRODUCT_NEWS:SMS|WITHDRAWN|2024-05-06 08:00:00.0|1|MIGRATED|null|The portal|null");
            assertThat(rows(
                            connection,
                            "SELECT COUNT(*) FROM information_schema.tables"
                                    + " WHERE table_schema = DATABASE() AND table_name = 'channel_subscription'"))
                    .containsExactly("0");
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(result.getObject(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
