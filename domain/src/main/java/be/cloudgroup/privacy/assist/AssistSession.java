package be.cloudgroup.privacy.assist;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One assist session as stored: who helped whom, why, in which mode, from when until when, and
 * how it ended. A session is open while it has no end and its end time has not passed.
 *
 * @param staffName        display name of the staff member at the start
 * @param customerAccountId the portal account of the assisted customer
 * @param reasonCategory   {@code null} for a session opened with the customer's code
 * @param reason           the written reason; for a session with the code, may be {@code null}
 * @param extensionReason  set once, when the session was extended
 * @param endedBy          name of whoever ended it, or "system"
 */
public record AssistSession(
        long id,
        long staffAccountId,
        String staffName,
        long customerId,
        long customerAccountId,
        String customerNumber,
        String customerName,
        AssistMode mode,
        @Nullable AssistReasonCategory reasonCategory,
        @Nullable String reason,
        @Nullable String ticket,
        Instant startedAt,
        Instant endsAt,
        @Nullable String extensionReason,
        @Nullable Instant endedAt,
        @Nullable AssistEndReason endReason,
        @Nullable String endedBy) {

    public AssistSession {
        Objects.requireNonNull(staffName, "staffName");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    public boolean isOpenAt(Instant now) {
        return endedAt == null && now.isBefore(endsAt);
    }

    /** Not ended, but past its end time: it ends as EXPIRED at its end time. */
    public boolean isOverdueAt(Instant now) {
        return endedAt == null && !now.isBefore(endsAt);
    }

    public boolean extended() {
        return extensionReason != null;
    }

    public Duration timeLeft(Instant now) {
        return isOpenAt(now) ? Duration.between(now, endsAt) : Duration.ZERO;
    }
}
