package be.cloudgroup.privacy.persistence.activation;

import be.cloudgroup.privacy.activation.ActivationCodes;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.correction.ContactChannel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * JdbcTemplate: a row per identity counted and replaced by upserts and read under a lock
 * (FOR UPDATE); nobody edits these rows, so there is no entity state to manage. The per-customer
 * count reads the audit trail, which records every request on the customer's record.
 */
@Component
class ActivationCodesAdapter implements ActivationCodes {

    private final JdbcTemplate jdbc;

    ActivationCodesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countRequest(String issuer, String subject, Instant now, Instant windowOpenedAfter) {
        // MariaDB assigns left to right: the window's start is tested before it is moved
        jdbc.update("""
                INSERT INTO activation (issuer, subject, window_started_at, requests, attempts_left)
                VALUES (?, ?, ?, 1, 0)
                ON DUPLICATE KEY UPDATE requests = IF(window_started_at < ?, 1, requests + 1),
                  window_started_at = IF(window_started_at < ?, VALUES(window_started_at), window_started_at)""", issuer, subject, utc(now), utc(windowOpenedAfter), utc(windowOpenedAfter));
        Integer requests = jdbc.queryForObject(
                "SELECT requests FROM activation WHERE issuer = ? AND subject = ?", Integer.class, issuer, subject);
        return requests == null ? 0 : requests;
    }

    @Override
    public void replaceCode(String issuer, String subject, Pending pending) {
        jdbc.update(
                """
                UPDATE activation SET channel = ?, code_hash = ?, expires_at = ?, attempts_left = ?
                WHERE issuer = ? AND subject = ?""",
                pending.channel() == null ? null : pending.channel().name(),
                pending.codeHash(),
                utc(pending.expiresAt()),
                pending.attemptsLeft(),
                issuer,
                subject);
    }

    @Override
    public Optional<Pending> lockAndFindCode(String issuer, String subject) {
        return jdbc
                .query(
                        """
                        SELECT channel, code_hash, expires_at, attempts_left FROM activation
                        WHERE issuer = ? AND subject = ? AND code_hash IS NOT NULL FOR UPDATE""",
                        (row, index) -> {
                            String channel = row.getString("channel");
                            return new Pending(
                                    channel == null ? null : ContactChannel.valueOf(channel),
                                    row.getString("code_hash"),
                                    row.getObject("expires_at", LocalDateTime.class)
                                            .toInstant(ZoneOffset.UTC),
                                    row.getInt("attempts_left"));
                        },
                        issuer,
                        subject)
                .stream()
                .findFirst();
    }

    @Override
    public void useAttempt(String issuer, String subject) {
        jdbc.update(
                "UPDATE activation SET attempts_left = GREATEST(attempts_left - 1, 0) WHERE issuer = ? AND subject = ?",
                issuer,
                subject);
    }

    @Override
    public void removeCode(String issuer, String subject) {
        jdbc.update("""
                UPDATE activation SET channel = NULL, code_hash = NULL, expires_at = NULL, attempts_left = 0
                WHERE issuer = ? AND subject = ?""", issuer, subject);
    }

    @Override
    public void remove(String issuer, String subject) {
        jdbc.update("DELETE FROM activation WHERE issuer = ? AND subject = ?", issuer, subject);
    }

    @Override
    public void forgetIdle(Instant windowOpenedBefore, Instant now) {
        jdbc.update(
                "DELETE FROM activation WHERE window_started_at < ? AND (expires_at IS NULL OR expires_at < ?)",
                utc(windowOpenedBefore),
                utc(now));
    }

    @Override
    public long requestsForCustomerSince(long customerId, Instant since) {
        Long count =
                jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event
                WHERE subject_customer_id = ? AND occurred_at >= ? AND action = ?""", Long.class, customerId, utc(since), AuditAction.ACTIVATION_REQUESTED.name());
        return count == null ? 0 : count;
    }

    @Override
    public String decoyHint(String numberDigest, String candidate) {
        jdbc.update("INSERT IGNORE INTO activation_decoy (number_digest, hint) VALUES (?, ?)", numberDigest, candidate);
        return jdbc.queryForObject(
                "SELECT hint FROM activation_decoy WHERE number_digest = ?", String.class, numberDigest);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
