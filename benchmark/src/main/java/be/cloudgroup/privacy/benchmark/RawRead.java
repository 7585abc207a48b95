package be.cloudgroup.privacy.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The floor the export is compared with: the customer's audit events, the columns the archive
 * reads, streamed with a fetch size in a read-only transaction, every column of every row turned
 * into a Java value by the driver ({@code getObject}) and folded into a hash so that nothing can be
 * skipped. No formatting, no JSON, no ZIP: the cost of getting the rows out of MariaDB and no more.
 */
final class RawRead {

    static final int FETCH_SIZE = 500;

    /** The archive's audit columns (the agent's name instead of the agent's id), in the archive's order. */
    static final String EVENTS = """
            SELECT a.occurred_at, a.actor_name, agent.display_name AS on_behalf_of_name, a.action, a.target_type,
              a.target_id, a.details
            FROM audit_event a LEFT JOIN portal_account agent ON agent.id = a.on_behalf_of_account_id
            WHERE a.subject_customer_id = ?
            ORDER BY a.occurred_at, a.id""";

    /** Folded hashes of everything read; kept so that the JIT cannot drop the reads. */
    private static volatile long sink;

    private final DataSource dataSource;

    RawRead(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads every row; returns the number of rows. */
    long rows(long customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (PreparedStatement query =
                    connection.prepareStatement(EVENTS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                query.setLong(1, customerId);
                long rows = 0;
                long hash = 0;
                try (ResultSet result = query.executeQuery()) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        rows++;
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            hash = 31 * hash + Objects.hashCode(result.getObject(column));
                        }
                    }
                } finally {
                    connection.commit();
                }
                sink += hash;
                return rows;
            }
        }
    }
}
