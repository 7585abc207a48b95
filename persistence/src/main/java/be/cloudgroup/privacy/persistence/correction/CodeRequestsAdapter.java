package be.cloudgroup.privacy.persistence.correction;

import be.cloudgroup.privacy.correction.CodeRequests;
import be.cloudgroup.privacy.correction.ContactChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code contact_code_request}: rows older than two days are deleted as new ones are written. */
@Component
class CodeRequestsAdapter implements CodeRequests {

    private static final Duration KEPT_FOR = Duration.ofDays(2);

    private final JdbcTemplate jdbc;

    CodeRequestsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(long customerId, ContactChannel channel, String targetDigest, Instant at) {
        jdbc.update("DELETE FROM contact_code_request WHERE sent_at < ?", utc(at.minus(KEPT_FOR)));
        jdbc.update(
                "INSERT INTO contact_code_request (customer_id, channel, target_digest, sent_at) VALUES (?, ?, ?, ?)",
                customerId,
                channel.name(),
                targetDigest,
                utc(at));
    }

    @Override
    public List<Instant> sentToCustomerSince(long customerId, Instant since) {
        jdbc.queryForList("SELECT id FROM customer WHERE id = ? FOR UPDATE", Long.class, customerId);
        return jdbc.query(
                "SELECT sent_at FROM contact_code_request WHERE customer_id = ? AND sent_at >= ?",
                (row, number) -> row.getObject("sent_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                customerId,
                utc(since));
    }

    @Override
    public List<Instant> sentToTargetSince(String targetDigest, Instant since) {
        return jdbc.query(
                "SELECT sent_at FROM contact_code_request WHERE target_digest = ? AND sent_at >= ?",
                (row, number) -> row.getObject("sent_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                targetDigest,
                utc(since));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
