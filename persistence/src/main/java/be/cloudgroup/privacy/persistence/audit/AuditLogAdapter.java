package be.cloudgroup.privacy.persistence.audit;

import be.cloudgroup.privacy.audit.AuditEventSummary;
import be.cloudgroup.privacy.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Native SQL through {@code JdbcTemplate} (not the entity): pages need a deferred join over
 * MariaDB's LIMIT/OFFSET and the export streams (MariaDB Connector/J streams a result set when the
 * fetch size is positive, so at most {@link #FETCH_SIZE} rows are in memory). Both join the caller's
 * read-only transaction.
 */
@Component
class AuditLogAdapter implements AuditLog {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    AuditLogAdapter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    @Override
    public List<AuditEventSummary> newestFirst(Criteria criteria, long offset, int limit) {
        AuditQueries.Statement page = AuditQueries.page(criteria, offset, limit);
        return jdbc.query(page.sql(), AuditLogAdapter::summary, page.args());
    }

    @Override
    public long count(Criteria criteria) {
        AuditQueries.Statement count = AuditQueries.count(criteria);
        Long result = jdbc.queryForObject(count.sql(), Long.class, count.args());
        return result == null ? 0 : result;
    }

    @Override
    public void stream(Criteria criteria, Rows rows) throws IOException {
        AuditQueries.Statement export = AuditQueries.export(criteria);
        try {
            streaming.query(
                    export.sql(),
                    row -> {
                        try {
                            rows.accept(summary(row, 0));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    export.args());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static AuditEventSummary summary(ResultSet row, int number) throws SQLException {
        long subjectId = row.getLong("subject_customer_id");
        boolean hasSubject = !row.wasNull();
        String customerNumber = row.getString("customer_number");
        // stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
        return new AuditEventSummary(
                row.getLong("id"),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString("action"),
                row.getString("actor_name"),
                row.getString("on_behalf_of_name"),
                customerNumber,
                hasSubject && customerNumber == null,
                row.getString("target_type"),
                row.getString("target_id"),
                AuditDetails.read(row.getString("details")));
    }
}
