package be.cloudgroup.privacy.activity;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.audit.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's activity (Art. 15): sign-ins, their own changes and every access or
 * change by staff, newest first. The subject is always the signed-in customer; there is no way
 * to ask for someone else's activity.
 */
@Service
@RolesAllowed("CUSTOMER")
@Transactional(readOnly = true)
public class ActivityService {

    /** The most a caller may read at once (lazy grids ask for pages of about 50). */
    public static final int MAX_LIMIT = 500;

    private final ActivityLog log;

    public ActivityService(ActivityLog log) {
        this.log = log;
    }

    @RolesAllowed("CUSTOMER")
    public List<ActivityEntry> page(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        AccountPrincipal me = CurrentAccount.require();
        long customerId = CurrentAccount.requireCustomerId();
        return log.newestFirst(customerId, offset, Math.min(limit, MAX_LIMIT)).stream()
                .map(event -> entry(event, me.accountId())).toList();
    }

    @RolesAllowed("CUSTOMER")
    public long count() {
        return log.count(CurrentAccount.requireCustomerId());
    }

    private static ActivityEntry entry(ActivityRecord event, long ownAccountId) {
        ActorKind actor = event.actorAccountId() == null ? ActorKind.SYSTEM
                : Objects.equals(event.actorAccountId(), ownAccountId) ? ActorKind.SELF : ActorKind.STAFF;
        boolean signIn = AuditAction.SIGN_IN.name().equals(event.action());
        Map<String, String> details = new HashMap<>(event.details());
        String ip = signIn ? details.remove("ip") : null;
        Browser browser = signIn ? Browser.of(event.userAgent()) : null;
        return new ActivityEntry(event.id(), event.occurredAt(), event.action(), actor, event.actorName(),
                event.onBehalfOfName(), ip, browser, details);
    }
}
