package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity provider's authentication into a portal session. The provider only
 * authenticates: whether the person may enter, and with which roles, is decided here from the
 * portal's accounts.
 */
@Service
public class SignInService {

    static final String TARGET = "account";

    private final Accounts accounts;
    private final Auditor auditor;
    private final Clock clock;

    public SignInService(Accounts accounts, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Known identity → its account. Unknown identity with a verified e-mail that matches an active
     * account no identity has claimed → linked (once, audited). Otherwise refused. Locked and
     * disabled accounts are refused (and never linked), the attempt audited; so are accounts that
     * could not be used: no role, or a customer role without a customer.
     */
    @PermitAll // runs during authentication, before a principal exists; ArchitectureTest keeps callers in ui.security
    @Transactional
    public SignInResult signIn(SignInCommand command) {
        Optional<AccountRecord> known = accounts.findByIdentity(command.issuer(), command.subject());
        boolean linking = known.isEmpty();
        if (linking) {
            known = command.verifiedEmail().flatMap(accounts::findUnlinkedByEmail);
        }
        if (known.isEmpty()) {
            return new SignInResult.Refused(Reason.NO_ACCOUNT);
        }
        AccountRecord account = known.get();
        Optional<Reason> refusal = refusal(account);
        if (refusal.isPresent()) {
            auditor.record(account.toPrincipal().actor(), AuditAction.SIGN_IN_REFUSED, account.customerId(),
                    TARGET, Long.toString(account.id()), Map.of("reason", refusal.get().name()));
            return new SignInResult.Refused(refusal.get());
        }
        if (linking) {
            link(account, command);
        }
        String truncatedIp = ClientInfo.truncateIp(command.ipAddress());
        accounts.recordSignIn(account.id(), clock.instant(), truncatedIp, ClientInfo.shortenUserAgent(command.userAgent()));
        auditor.record(account.toPrincipal().actor(), AuditAction.SIGN_IN, account.customerId(), TARGET,
                Long.toString(account.id()), Map.of("ip", truncatedIp));
        return new SignInResult.SignedIn(account.toPrincipal());
    }

    /**
     * Whether the signed-in session may go on: its account is still active and still has the
     * roles the session was opened with. Sessions check this regularly, so locking an account or
     * taking a role away ends open sessions too.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Reason> sessionRefusal() {
        AccountPrincipal session = CurrentAccount.require();
        Optional<AccountRecord> account = accounts.findById(session.accountId());
        if (account.isEmpty()) {
            return Optional.of(Reason.NO_ACCOUNT);
        }
        return refusal(account.get()).or(() -> account.get().roles().equals(session.roles())
                ? Optional.empty() : Optional.of(Reason.ROLES_CHANGED));
    }

    private static Optional<Reason> refusal(AccountRecord account) {
        return switch (account.status()) {
            case LOCKED -> Optional.of(Reason.LOCKED);
            case DISABLED -> Optional.of(Reason.DISABLED);
            case ACTIVE -> account.roles().isEmpty()
                    || (account.roles().contains(Role.CUSTOMER) && account.customerId() == null)
                    ? Optional.of(Reason.NO_ACCESS) : Optional.empty();
        };
    }

    private void link(AccountRecord account, SignInCommand command) {
        accounts.linkIdentity(account.id(), command.issuer(), command.subject());
        auditor.record(account.toPrincipal().actor(), AuditAction.IDENTITY_LINKED, account.customerId(), TARGET,
                Long.toString(account.id()), Map.of("issuer", command.issuer()));
    }
}
