package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.Optional;

/**
 * Port to the invitations to portal accounts. Only the hash of a token is stored; an invitation is
 * used at most once. An account that was ever invited links its identity only through an
 * invitation, never by e-mail.
 */
public interface Invitations {

    record Invitation(long id, long accountId, Instant expiresAt, Instant usedAt, Language language) {

        public boolean usableAt(Instant now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    void create(
            long accountId,
            String tokenHash,
            Language language,
            Instant createdAt,
            Instant expiresAt,
            Long createdByAccountId);

    Optional<Invitation> findByTokenHash(String tokenHash);

    void markUsed(long invitationId, Instant at);

    boolean existsFor(long accountId);

    /** When the newest invitation of the account that is neither used nor expired expires. */
    Optional<Instant> pendingUntil(long accountId, Instant now);
}
