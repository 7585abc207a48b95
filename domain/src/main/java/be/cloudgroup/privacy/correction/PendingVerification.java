package be.cloudgroup.privacy.correction;

import java.time.Instant;

/**
 * A requested e-mail or mobile change waiting for its code. Holds only a salted hash of the code,
 * never the code itself. Personal data ({@code newValue}): never log it.
 */
public record PendingVerification(
        ContactChannel channel, String newValue, String codeHash, Instant expiresAt, int attemptsLeft) {}
