package be.cloudgroup.privacy.persistence.download;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.download.DownloadLog;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts downloads in the audit trail (an {@code ARCHIVE_DOWNLOADED} event is written for each),
 * along {@code ix_audit_event_subject_time}; the trail is append-only, so the count cannot be reset.
 */
@Component
class DownloadLogAdapter implements DownloadLog {

    private final JdbcTemplate jdbc;

    DownloadLogAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long downloadsSince(long customerId, Instant since) {
        Long count = jdbc.queryForObject(
                """
                SELECT COUNT(*) FROM audit_event
                WHERE subject_customer_id = ? AND occurred_at >= ? AND action = ?""",
                Long.class,
                customerId,
                LocalDateTime.ofInstant(since, ZoneOffset.UTC),
                AuditAction.ARCHIVE_DOWNLOADED.name());
        return count == null ? 0 : count;
    }

    @Override
    public void lockCustomer(long customerId) {
        jdbc.queryForList("SELECT id FROM customer WHERE id = ? FOR UPDATE", Long.class, customerId);
    }
}
