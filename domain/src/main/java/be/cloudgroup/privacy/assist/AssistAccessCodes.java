package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.shared.OneTimeCode;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Port to the customers' access codes (table {@code assist_access_code}, one per customer) and
 * the staff members' wrong tries (table {@code assist_code_attempt}). Codes are stored hashed.
 */
public interface AssistAccessCodes {

    record StoredCode(
            long customerId,
            String codeHash,
            Instant expiresAt,
            int attemptsLeft,
            @Nullable Instant usedAt) {

        public boolean usableAt(Instant now) {
            return usedAt == null && OneTimeCode.usable(attemptsLeft, expiresAt, now);
        }
    }

    /** Replaces the customer's code. */
    void replace(long customerId, String codeHash, Instant createdAt, Instant expiresAt, int attempts);

    /** The customer's code, locked until the transaction ends (two staff members cannot both use it). */
    Optional<StoredCode> lockAndFind(long customerId);

    void useAttempt(long customerId);

    void markUsed(long customerId, Instant at);

    void recordWrongTry(long staffAccountId, Instant at);

    long wrongTriesSince(long staffAccountId, Instant since);
}
