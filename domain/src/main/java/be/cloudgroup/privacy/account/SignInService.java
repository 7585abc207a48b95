package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
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
     * Known identity → its account. Unknown identity with a verified e-mail that matches an
     * account no identity has claimed → linked (once, audited). Otherwise refused. Locked and
     * disabled accounts are refused and the attempt is audited.
     */
    @PermitAll // runs during authentication, before a principal exists
    @Transactional
    public SignInResult signIn(SignInCommand command) {
        Optional<AccountRecord> known = accounts.findByIdentity(command.issuer(), command.subject());
        if (known.isEmpty()) {
            known = command.verifiedEmail().flatMap(accounts::findUnlinkedByEmail);
            known.ifPresent(account -> link(account, command));
        }
        if (known.isEmpty()) {
            return new SignInResult.Refused(Reason.NO_ACCOUNT);
        }
        AccountRecord account = known.get();
        if (account.status() != AccountStatus.ACTIVE) {
            auditor.record(Actor.of(account.toPrincipal()), AuditAction.SIGN_IN_REFUSED, account.customerId(),
                    TARGET, Long.toString(account.id()), Map.of("status", account.status().name()));
            return new SignInResult.Refused(account.status() == AccountStatus.LOCKED ? Reason.LOCKED : Reason.DISABLED);
        }
        String truncatedIp = ClientInfo.truncateIp(command.ipAddress());
        accounts.recordSignIn(account.id(), clock.instant(), truncatedIp, ClientInfo.shortenUserAgent(command.userAgent()));
        auditor.record(Actor.of(account.toPrincipal()), AuditAction.SIGN_IN, account.customerId(), TARGET,
                Long.toString(account.id()), Map.of("ip", truncatedIp));
        return new SignInResult.SignedIn(account.toPrincipal());
    }

    private void link(AccountRecord account, SignInCommand command) {
        accounts.linkIdentity(account.id(), command.issuer(), command.subject());
        auditor.record(Actor.of(account.toPrincipal()), AuditAction.IDENTITY_LINKED, account.customerId(), TARGET,
                Long.toString(account.id()), Map.of("issuer", command.issuer()));
    }
}
