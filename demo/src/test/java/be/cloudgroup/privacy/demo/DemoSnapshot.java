package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The demo data as seeded, copied table by table into a database of its own on the same server,
 * and put back (every table emptied and refilled, foreign keys checked again afterwards) for a test
 * class that changes a demo user for good. Restoring takes a second or two where a portal of its
 * own took a minute. {@code TRUNCATE} fires no triggers, so the append-only tables are restored too.
 */
final class DemoSnapshot {

    private static final String SNAPSHOT = "privacy_portal_demo_snapshot";

    private final DataSource dataSource;
    private final List<String> tables;

    private DemoSnapshot(DataSource dataSource, List<String> tables) {
        this.dataSource = dataSource;
        this.tables = tables;
    }

    /** Copies the portal's tables (all but Liquibase's own) as they are now. */
    static DemoSnapshot take(DemoPortal portal) {
        portal.database()
                .runAsRoot("CREATE DATABASE `" + SNAPSHOT + "`; GRANT ALL PRIVILEGES ON `" + SNAPSHOT + "`.* TO '"
                        + EmbeddedMariaDb.USER + "'@'127.0.0.1';");
        DataSource dataSource = portal.bean(DataSource.class);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                    + " AND table_name NOT LIKE 'databasechangelog%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("CREATE TABLE `" + SNAPSHOT + "`.`" + table + "` LIKE `" + table + "`");
                statement.execute("INSERT INTO `" + SNAPSHOT + "`.`" + table + "` SELECT * FROM `" + table + "`");
            }
            return new DemoSnapshot(dataSource, List.copyOf(tables));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the demo data: " + e.getMessage(), e);
        }
    }

    /** Puts every table back as it was when the snapshot was taken. */
    void restore() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    statement.execute("TRUNCATE TABLE `" + table + "`");
                    statement.execute("INSERT INTO `" + table + "` SELECT * FROM `" + SNAPSHOT + "`.`" + table + "`");
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the demo data: " + e.getMessage(), e);
        }
    }
}
