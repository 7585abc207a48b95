package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.Invitations;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Invitations with plain SQL: nobody edits one (it is created, then used once), so an entity
 * would add nothing but a mapping.
 */
@Component
class InvitationsAdapter implements Invitations {

    private final JdbcTemplate jdbc;

    InvitationsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(
            long accountId,
            String tokenHash,
            Language language,
            Instant createdAt,
            Instant expiresAt,
            Long createdByAccountId) {
        jdbc.update(
                """
                INSERT INTO account_invitation (account_id, token_hash, language, created_at, expires_at,
                  created_by_account_id) VALUES (?, ?, ?, ?, ?, ?)""",
                accountId,
                tokenHash,
                language.name(),
                UtcTime.of(createdAt),
                UtcTime.of(expiresAt),
                createdByAccountId);
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc
                .query(
                        """
                SELECT id, account_id, expires_at, used_at, language FROM account_invitation WHERE token_hash = ?""",
                        (rs, i) -> new Invitation(
                                rs.getLong(1),
                                rs.getLong(2),
                                UtcTime.read(rs, 3),
                                UtcTime.read(rs, 4),
                                Language.valueOf(rs.getString(5))),
                        tokenHash)
                .stream()
                .findFirst();
    }

    @Override
    public void markUsed(long invitationId, Instant at) {
        int updated = jdbc.update(
                "UPDATE account_invitation SET used_at = ? WHERE id = ? AND used_at IS NULL",
                UtcTime.of(at),
                invitationId);
        if (updated != 1) {
            throw new IllegalStateException("Invitation " + invitationId + " was used meanwhile");
        }
    }

    @Override
    public boolean existsFor(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM account_invitation WHERE account_id = ?)", Boolean.class, accountId));
    }

    @Override
    public Optional<Instant> pendingUntil(long accountId, Instant now) {
        return Optional.ofNullable(jdbc.queryForObject("""
                SELECT MAX(expires_at) FROM account_invitation WHERE account_id = ? AND used_at IS NULL
                  AND expires_at > ?""", java.time.LocalDateTime.class, accountId, UtcTime.of(now)))
                .map(latest -> latest.toInstant(java.time.ZoneOffset.UTC));
    }
}
