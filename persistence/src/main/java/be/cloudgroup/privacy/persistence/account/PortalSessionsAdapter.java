package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.PortalSessions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Portal sessions with plain SQL: a technical record touched by every session check (one small
 * UPDATE, no entity to load) and ended in bulk by "sign out everywhere".
 */
@Component
class PortalSessionsAdapter implements PortalSessions {

    private final JdbcTemplate jdbc;

    PortalSessionsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(long accountId, String keyHash, Instant at, String ipTruncated, String userAgent) {
        jdbc.update("""
                INSERT INTO portal_session (account_id, key_hash, started_at, last_seen_at, ip_truncated, user_agent)
                VALUES (?, ?, ?, ?, ?, ?)""", accountId, keyHash, UtcTime.of(at), UtcTime.of(at), ipTruncated, userAgent);
    }

    @Override
    public Optional<Session> find(String keyHash) {
        return jdbc
                .query(
                        "SELECT id, account_id, started_at, ended_at FROM portal_session WHERE key_hash = ?",
                        (rs, i) -> new Session(rs.getLong(1), rs.getLong(2), UtcTime.read(rs, 3), UtcTime.read(rs, 4)),
                        keyHash)
                .stream()
                .findFirst();
    }

    @Override
    public void seen(long sessionId, Instant at) {
        jdbc.update("UPDATE portal_session SET last_seen_at = ? WHERE id = ?", UtcTime.of(at), sessionId);
    }

    @Override
    public void end(long sessionId, Instant at, String reason) {
        jdbc.update(
                "UPDATE portal_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL",
                UtcTime.of(at),
                reason,
                sessionId);
    }

    @Override
    public int endAll(long accountId, Instant at, String reason) {
        return jdbc.update("""
                UPDATE portal_session SET ended_at = ?, end_reason = ? WHERE account_id = ? AND ended_at IS NULL""", UtcTime.of(at), reason, accountId);
    }

    @Override
    public List<AccountDetails.Session> open(long accountId, Instant seenSince) {
        return jdbc.query(
                """
                SELECT started_at, last_seen_at, ip_truncated, user_agent FROM portal_session
                WHERE account_id = ? AND ended_at IS NULL AND last_seen_at >= ? ORDER BY last_seen_at DESC""",
                (rs, i) -> new AccountDetails.Session(
                        UtcTime.read(rs, 1), UtcTime.read(rs, 2), rs.getString(3), rs.getString(4)),
                accountId,
                UtcTime.of(seenSince));
    }
}
