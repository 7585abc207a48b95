package be.cloudgroup.privacy.assist;

import java.time.Instant;

/** A new access code, shown once to the customer who reads it out to support; stored only hashed. */
public record AccessCode(String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessCode[expiresAt=" + expiresAt + "]";
    }
}
