package be.cloudgroup.privacy.activity;

import be.cloudgroup.privacy.audit.AuditAction;
import java.util.Set;

/**
 * Who did something, seen from the customer: they themself, a staff member, the portal, or another
 * portal account (someone who presented the customer's download link), which stays unnamed.
 */
public enum ActorKind {
    SELF,
    STAFF,
    SYSTEM,
    OTHER_ACCOUNT;

    /** Actions on the customer's record that another portal account, not staff, takes (a foreign ticket). */
    public static final Set<String> BY_ANOTHER_ACCOUNT = Set.of(AuditAction.ARCHIVE_TICKET_REFUSED.name());
}
