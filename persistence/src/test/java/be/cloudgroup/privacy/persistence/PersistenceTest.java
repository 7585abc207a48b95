package be.cloudgroup.privacy.persistence;

import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of persistence tests: the whole persistence module against one real MariaDB server
 * per test JVM, migrated by Liquibase and validated by Hibernate. Each test builds its own data
 * and removes it (or runs in a rolled-back transaction).
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class PersistenceTest {

    private static final class Server {
        static final EmbeddedMariaDb INSTANCE = EmbeddedMariaDb.startTemporary("privacy_portal");
    }

    /**
     * Creates an empty database of the test's own on the same server, which the portal user may
     * use, and returns its JDBC URL (for tests that migrate step by step).
     */
    protected static String freshDatabase(String name) {
        Server.INSTANCE.runAsRoot("DROP DATABASE IF EXISTS `" + name + "`; CREATE DATABASE `" + name
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON `" + name + "`.* TO '"
                + EmbeddedMariaDb.USER + "'@'127.0.0.1';");
        return "jdbc:mariadb://127.0.0.1:" + Server.INSTANCE.port() + "/" + name;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Server.INSTANCE::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
        registry.add("spring.datasource.password", () -> EmbeddedMariaDb.PASSWORD);
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
        registry.add("spring.jpa.open-in-view", () -> "false");
        registry.add("spring.liquibase.change-log", () -> "classpath:db/changelog/db.changelog-master.yaml");
    }
}
