package be.cloudgroup.privacy.persistence.assist;

import static be.cloudgroup.privacy.persistence.assist.AssistSessionsAdapter.instantOrNull;
import static be.cloudgroup.privacy.persistence.assist.AssistSessionsAdapter.utc;

import be.cloudgroup.privacy.assist.AssistAccessCodes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** JdbcTemplate: one row per customer replaced by an upsert, and a lock for reading it (FOR UPDATE). */
@Component
class AssistAccessCodesAdapter implements AssistAccessCodes {

    private final JdbcTemplate jdbc;

    AssistAccessCodesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(long customerId, String codeHash, Instant createdAt, Instant expiresAt, int attempts) {
        jdbc.update("""
                INSERT INTO assist_access_code (customer_id, code_hash, created_at, expires_at, attempts_left, used_at)
                VALUES (?, ?, ?, ?, ?, NULL)
                ON DUPLICATE KEY UPDATE code_hash = VALUES(code_hash), created_at = VALUES(created_at),
                  expires_at = VALUES(expires_at), attempts_left = VALUES(attempts_left), used_at = NULL""", customerId, codeHash, utc(createdAt), utc(expiresAt), attempts);
    }

    @Override
    public Optional<StoredCode> lockAndFind(long customerId) {
        return jdbc
                .query(
                        """
                SELECT customer_id, code_hash, expires_at, attempts_left, used_at FROM assist_access_code
                WHERE customer_id = ? FOR UPDATE""",
                        (row, number) -> new StoredCode(
                                row.getLong("customer_id"),
                                row.getString("code_hash"),
                                row.getObject("expires_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                row.getInt("attempts_left"),
                                instantOrNull(row, "used_at")),
                        customerId)
                .stream()
                .findFirst();
    }

    @Override
    public void useAttempt(long customerId) {
        jdbc.update(
                "UPDATE assist_access_code SET attempts_left = GREATEST(attempts_left - 1, 0) WHERE customer_id = ?",
                customerId);
    }

    @Override
    public void markUsed(long customerId, Instant at) {
        jdbc.update("UPDATE assist_access_code SET used_at = ? WHERE customer_id = ?", utc(at), customerId);
    }

    @Override
    public void recordWrongTry(long staffAccountId, Instant at) {
        jdbc.update(
                "INSERT INTO assist_code_attempt (staff_account_id, attempted_at) VALUES (?, ?)",
                staffAccountId,
                utc(at));
    }

    @Override
    public long wrongTriesSince(long staffAccountId, Instant since) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assist_code_attempt WHERE staff_account_id = ? AND attempted_at >= ?",
                Long.class,
                staffAccountId,
                utc(since));
        return count == null ? 0 : count;
    }
}
