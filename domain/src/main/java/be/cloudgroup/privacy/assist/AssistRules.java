package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountRecord;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistRefusedException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may assist whom, for how long, and what a session may do. Only SUPPORT or ADMIN assist;
 * only an account that is CUSTOMER and nothing else, and active, is assisted; one open session
 * per staff member and per customer, so never a session inside a session. A session lasts
 * {@link #DEFAULT_LENGTH} unless chosen otherwise, at most {@link #MAX_LENGTH}, and is extended
 * once with a reason. A session without the customer's code needs a reason category, a reason and a
 * ticket, and is read-only. Forbidden in every session: downloading the archive, changing e-mail or
 * mobile, lifting an objection, acknowledging a policy version, creating access codes, staff tools.
 */
public final class AssistRules {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(15);
    public static final Duration MIN_LENGTH = Duration.ofMinutes(1);
    public static final Duration MAX_LENGTH = Duration.ofMinutes(60);
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(30);
    public static final int CODE_ATTEMPTS = 5;
    /** Wrong codes a staff member may enter per {@link #WRONG_TRY_WINDOW}, whatever the customer. */
    public static final int WRONG_TRIES_PER_STAFF = 10;

    public static final Duration WRONG_TRY_WINDOW = Duration.ofHours(1);
    public static final int REASON_MAX_LENGTH = 500;
    public static final int TICKET_MAX_LENGTH = 40;

    private AssistRules() {}

    /** Only support staff and admins assist. */
    public static void checkStaff(AccountPrincipal staff) {
        if (!staff.has(Role.SUPPORT) && !staff.has(Role.ADMIN)) {
            throw new AssistRefusedException(Reason.NOT_STAFF, "Only support staff and admins open assist sessions");
        }
    }

    /**
     * The customer's portal accounts: there must be one, and every one must be active and hold the
     * CUSTOMER role only (never a staff or admin account, never a locked or disabled one).
     */
    public static void checkTarget(List<AccountRecord> accounts) {
        if (accounts.isEmpty()) {
            throw new AssistRefusedException(Reason.NO_PORTAL_ACCOUNT, "The customer has no portal account");
        }
        for (AccountRecord account : accounts) {
            if (!account.roles().equals(Set.of(Role.CUSTOMER))) {
                throw new AssistRefusedException(Reason.TARGET_IS_STAFF, "A staff or admin account is never assisted");
            }
            if (account.status() != AccountStatus.ACTIVE) {
                throw new AssistRefusedException(
                        Reason.TARGET_NOT_ACTIVE, "A locked or disabled account is never assisted");
            }
        }
    }

    /** One open session per staff member (so none inside another) and per customer. */
    public static void checkNoOpenSession(
            Optional<AssistSession> staffs, Optional<AssistSession> customers, Instant now) {
        if (staffs.filter(session -> session.isOpenAt(now)).isPresent()) {
            throw new AssistRefusedException(
                    Reason.STAFF_HAS_SESSION, "End the current assist session before starting another");
        }
        if (customers.filter(session -> session.isOpenAt(now)).isPresent()) {
            throw new AssistRefusedException(Reason.CUSTOMER_HAS_SESSION, "Someone is assisting this customer already");
        }
    }

    /** The chosen length, or the default; between one minute and the maximum. */
    public static Duration length(@Nullable Duration chosen) {
        Duration length = chosen == null ? DEFAULT_LENGTH : chosen;
        if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
            throw new AssistRefusedException(
                    Reason.INVALID_LENGTH, "A session lasts 1 to 60 minutes", MAX_LENGTH.toMinutes());
        }
        return length;
    }

    /** A session without the customer's code: a category, a reason and a ticket reference, each required. */
    public static void checkJustification(
            @Nullable AssistReasonCategory category, @Nullable String reason, @Nullable String ticket) {
        if (category == null || blank(reason) || blank(ticket)) {
            throw new AssistRefusedException(
                    Reason.REASON_REQUIRED,
                    "A session without the customer's code needs a category, a reason and a ticket");
        }
        checkLengths(reason, ticket);
    }

    /** An extension: only an open session, only once, with a reason, by at most the maximum length. */
    public static void checkExtension(AssistSession session, Duration extra, @Nullable String reason, Instant now) {
        if (!session.isOpenAt(now)) {
            throw new AssistRefusedException(Reason.NO_OPEN_SESSION, "The session has ended");
        }
        if (session.extended()) {
            throw new AssistRefusedException(Reason.ALREADY_EXTENDED, "A session is extended only once");
        }
        if (blank(reason)) {
            throw new AssistRefusedException(Reason.REASON_REQUIRED, "An extension needs a reason");
        }
        checkLengths(reason, null);
        length(extra);
    }

    /**
     * What a session may do: forbidden operations never, changes only in {@link AssistMode#MAY_ACT},
     * reading always.
     */
    public static void checkOperation(AssistMode mode, AssistOperation operation) {
        if (operation.forbiddenInSession()) {
            throw new AssistRefusedException(
                    Reason.FORBIDDEN_IN_SESSION, operation + " is never done by staff during an assist session");
        }
        if (operation.kind() == AssistOperation.Kind.CHANGE && mode != AssistMode.MAY_ACT) {
            throw new AssistRefusedException(Reason.READ_ONLY, "A read-only assist session changes nothing");
        }
    }

    private static void checkLengths(@Nullable String reason, @Nullable String ticket) {
        if ((reason != null && reason.strip().length() > REASON_MAX_LENGTH)
                || (ticket != null && ticket.strip().length() > TICKET_MAX_LENGTH)) {
            throw new AssistRefusedException(
                    Reason.REASON_REQUIRED, "Reason or ticket too long", REASON_MAX_LENGTH, TICKET_MAX_LENGTH);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
