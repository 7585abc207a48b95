package be.cloudgroup.privacy.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * One portal instance at a time migrates the database. Liquibase's own lock
 * ({@code DATABASECHANGELOGLOCK}) is taken only after the changelog has been read, and reading the
 * {@code includeAll} of an empty database already creates {@code DATABASECHANGELOG} (Liquibase
 * 4.31): two instances starting together on an empty database clash there ("Table
 * 'DATABASECHANGELOG' already exists", found by {@code TwoInstancesIT}). So the whole migration
 * runs under a MariaDB named lock ({@code GET_LOCK}, per database), held on a connection of its
 * own from just before Liquibase starts until it has finished; the other instances wait for it
 * and then find nothing left to do. A failed start closes the connection, which frees the lock.
 */
@Component
class MigrationLock implements BeanPostProcessor, DisposableBean {

    static final int WAIT_SECONDS = 600;

    private @Nullable Connection held;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            acquire(liquibase.getDataSource());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof SpringLiquibase) {
            release();
        }
        return bean;
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock =
                            connection.prepareStatement("SELECT GET_LOCK(CONCAT('liquibase:', DATABASE()), ?)");
                    ResultSet result = executeWith(lock, WAIT_SECONDS)) {
                if (!result.next() || result.getInt(1) != 1) {
                    connection.close();
                    throw new IllegalStateException("Another portal instance has been migrating the database for "
                            + WAIT_SECONDS + " seconds; start this one when it has finished");
                }
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the database migration lock: " + e.getMessage(), e);
        }
    }

    private synchronized void release() {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection;
                PreparedStatement unlock =
                        connection.prepareStatement("SELECT RELEASE_LOCK(CONCAT('liquibase:', DATABASE()))")) {
            unlock.execute();
        } catch (SQLException e) {
            // closing the connection frees the lock anyway
        }
    }

    private static ResultSet executeWith(PreparedStatement statement, int seconds) throws SQLException {
        statement.setInt(1, seconds);
        return statement.executeQuery();
    }
}
