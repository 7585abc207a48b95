package be.cloudgroup.privacy.activity;

import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.assist.AssistSessions;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's activity (Art. 15): sign-ins, their own changes and every access or
 * change by staff, newest first. The subject is always the signed-in customer; there is no way
 * to ask for someone else's activity (staff in an open assist session see the activity of that
 * session's customer, as the customer sees it). An assist session is one entry, its start, told
 * with its live end; what the staff member did in it follows as entries naming the session.
 */
@Service
@RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
@Transactional(readOnly = true)
public class ActivityService {

    /** The most a caller may read at once (lazy grids ask for pages of about 50). */
    public static final int MAX_LIMIT = 500;

    /** Details of an assist session's entry, filled from the session as stored now. */
    public static final String SESSION_STAFF = "staff";

    public static final String SESSION_FROM = "from";
    public static final String SESSION_UNTIL = "until";
    public static final String SESSION_OPEN = "open";

    private final ActivityLog log;
    private final CurrentSubject subject;
    private final AssistSessions sessions;

    public ActivityService(ActivityLog log, CurrentSubject subject, AssistSessions sessions) {
        this.log = log;
        this.subject = subject;
        this.sessions = sessions;
    }

    /** The entries that match the filter, newest first; the store filters, not the caller. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    public List<ActivityEntry> page(ActivityFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        CurrentSubject.Subject me = subject.require(AssistOperation.READ);
        return log.newestFirst(criteria(me, filter), offset, Math.min(limit, MAX_LIMIT)).stream()
                .map(event -> entry(withSession(event, me.customerId()), me.accountId()))
                .toList();
    }

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public long count(ActivityFilter filter) {
        return log.count(criteria(subject.require(AssistOperation.READ), filter));
    }

    private static ActivityLog.Criteria criteria(CurrentSubject.Subject me, ActivityFilter filter) {
        return new ActivityLog.Criteria(
                me.customerId(), me.accountId(), filter.shown(), filter.fromInstant(), filter.untilInstant());
    }

    /** The start of an assist session carries the session as it is now: who, from, until, reason. */
    private ActivityRecord withSession(ActivityRecord event, long customerId) {
        if (!AuditAction.ASSIST_SESSION_STARTED.name().equals(event.action())) {
            return event;
        }
        Optional<AssistSession> session = Optional.ofNullable(event.details().get("session"))
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> sessions.find(Long.parseLong(id)))
                .filter(found -> found.customerId() == customerId);
        if (session.isEmpty()) {
            return event;
        }
        AssistSession found = session.get();
        Map<String, String> details = new HashMap<>(event.details());
        details.put(SESSION_STAFF, found.staffName());
        details.put(SESSION_FROM, found.startedAt().toString());
        details.put(SESSION_UNTIL, (found.endedAt() != null ? found.endedAt() : found.endsAt()).toString());
        details.put(SESSION_OPEN, Boolean.toString(found.endedAt() == null));
        if (found.endReason() != null) {
            details.put("endReason", found.endReason().name());
        }
        return new ActivityRecord(
                event.id(),
                event.occurredAt(),
                event.action(),
                event.actorAccountId(),
                event.actorName(),
                event.onBehalfOfName(),
                event.userAgent(),
                details);
    }

    private static ActivityEntry entry(ActivityRecord event, long ownAccountId) {
        ActorKind actor;
        if (event.actorAccountId() == null) {
            actor = ActorKind.SYSTEM;
        } else if (Objects.equals(event.actorAccountId(), ownAccountId)) {
            actor = ActorKind.SELF;
        } else if (ActorKind.BY_ANOTHER_ACCOUNT.contains(event.action())) {
            actor = ActorKind.OTHER_ACCOUNT;
        } else {
            actor = ActorKind.STAFF;
        }
        boolean signIn = AuditAction.SIGN_IN.name().equals(event.action());
        Map<String, String> details = new HashMap<>(event.details());
        String ip = signIn ? details.remove("ip") : null;
        Browser browser = signIn ? Browser.of(event.userAgent()) : null;
        return new ActivityEntry(
                event.id(),
                event.occurredAt(),
                event.action(),
                actor,
                // another customer's name is theirs: the trail keeps it for staff, the customer sees none
                actor == ActorKind.OTHER_ACCOUNT ? "" : event.actorName(),
                event.onBehalfOfName(),
                ip,
                browser,
                details);
    }
}
