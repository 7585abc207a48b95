package be.cloudgroup.privacy.persistence.activity;

import be.cloudgroup.privacy.activity.ActivityLog;
import be.cloudgroup.privacy.activity.ActivityLog.Criteria;
import be.cloudgroup.privacy.activity.ActivityRecord;
import be.cloudgroup.privacy.persistence.audit.AuditDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Native SQL (not JPQL): the page needs MariaDB's LIMIT/OFFSET over a backward index scan, the
 * filter's conditions and two correlated lookups, and the audit trail is read-only here, so no entities are involved.
 */
@Component
class ActivityLogAdapter implements ActivityLog {

    private final JdbcTemplate jdbc;

    ActivityLogAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActivityRecord> newestFirst(Criteria criteria, long offset, int limit) {
        ActivityQueries.Statement page = ActivityQueries.page(criteria, offset, limit);
        return jdbc.query(page.sql(), ActivityLogAdapter::record, page.args());
    }

    @Override
    public long count(Criteria criteria) {
        ActivityQueries.Statement count = ActivityQueries.count(criteria);
        Long result = jdbc.queryForObject(count.sql(), Long.class, count.args());
        return result == null ? 0 : result;
    }

    private static ActivityRecord record(ResultSet row, int number) throws SQLException {
        long actorId = row.getLong("actor_account_id");
        Long actor = row.wasNull() ? null : actorId;
        // stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
        return new ActivityRecord(
                row.getLong("id"),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString("action"),
                actor,
                row.getString("actor_name"),
                row.getString("on_behalf_of_name"),
                row.getString("user_agent"),
                AuditDetails.read(row.getString("details")));
    }
}
