package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.EmailAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a fresh installation its first admin: an account for the configured e-mail, linked to
 * whichever identity first signs in with that verified e-mail. Does nothing once any admin
 * account exists, or when the e-mail already has an account (whatever its roles: an admin may
 * have changed them since), so the setting cannot mint a second admin later.
 */
@Service
public class AdminBootstrap {

    /** Authority of the portal itself, held only by start-up tasks. */
    public static final String SYSTEM_AUTHORITY = "SYSTEM";

    private final Accounts accounts;
    private final Auditor auditor;
    private final Clock clock;

    public AdminBootstrap(Accounts accounts, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** @return whether an account was created */
    @PreAuthorize("hasAuthority('" + SYSTEM_AUTHORITY + "')")
    @Transactional
    public boolean ensureAdmin(EmailAddress email) {
        if (accounts.anyWithRole(Role.ADMIN) || accounts.existsByEmail(email)) {
            return false;
        }
        long id = accounts.create(email, "Administrator", Set.of(Role.ADMIN), clock.instant());
        auditor.record(
                AuditAction.ACCOUNT_CREATED,
                null,
                SignInService.TARGET,
                Long.toString(id),
                Map.of("roles", Role.ADMIN.name(), "reason", "bootstrap admin"));
        return true;
    }
}
