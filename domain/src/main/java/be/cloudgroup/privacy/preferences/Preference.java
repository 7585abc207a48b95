package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.CustomerControl;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one subject for the customer, derived from the ledger.
 *
 * @param current   the latest decision, {@code null} when none was ever recorded
 * @param decidedAt when {@code current} was recorded, {@code null} when none
 */
public record Preference(
        ConsentSubject subject,
        CustomerControl control,
        @Nullable Decision current,
        @Nullable Instant decidedAt) {

    public Preference {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(control, "control");
    }

    /** Consent stands (nothing pre-ticked: without a decision, it does not). */
    public boolean given() {
        return current == Decision.GIVEN;
    }

    /** An objection stands. */
    public boolean objected() {
        return current == Decision.OBJECTED;
    }
}
