package be.cloudgroup.privacy.preferences;

import java.util.Objects;
import java.util.UUID;

/**
 * A decision of the signed-in customer. The idempotency key identifies the request: the view makes
 * one per rendered switch, so a resent request or a double click carries the same key and is
 * recorded once. The customer is never part of the command: it is the signed-in one.
 */
public record DecideCommand(ConsentSubject subject, Decision decision, UUID idempotencyKey) {

    public DecideCommand {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
