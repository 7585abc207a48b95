package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
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
    /** A session not seen for this long is no longer open (the HTTP session's timeout). */
    public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    private final Accounts accounts;
    private final Invitations invitations;
    private final PortalSessions sessions;
    private final Auditor auditor;
    private final Clock clock;
    private final Duration maxLifetime;

    /**
     * @param maxLifetime how long a session may last at most from its sign-in, however active
     *     ({@code portal.session.max-lifetime}, 12 hours unless configured)
     */
    public SignInService(
            Accounts accounts,
            Invitations invitations,
            PortalSessions sessions,
            Auditor auditor,
            Clock clock,
            @Value("${portal.session.max-lifetime:12h}") Duration maxLifetime) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.sessions = sessions;
        this.auditor = auditor;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    /**
     * Known identity → its account. A sign-in through an invitation link → the invitation's
     * account, if the invitation is unused and not expired and the identity has no account yet
     * (linked once, the invitation used, both audited). Unknown identity with a verified e-mail
     * that matches an active account no identity has claimed and that was never invited → linked
     * (invited accounts, i.e. staff, link only through their invitation). Otherwise refused.
     * Locked and disabled accounts are refused (and never linked), the attempt audited; so are
     * accounts that could not be used: no role, or a customer role without a customer.
     */
    @PermitAll // runs during authentication, before a principal exists; ArchitectureTest keeps callers in ui.security
    @Transactional
    public SignInResult signIn(SignInCommand command) {
        Optional<AccountRecord> known = accounts.findByIdentity(command.issuer(), command.subject());
        Optional<Invitations.Invitation> invitation = Optional.empty();
        if (command.invitation().isPresent()) {
            if (known.isPresent()) {
                return new SignInResult.Refused(Reason.IDENTITY_IN_USE);
            }
            invitation = invitations
                    .findByTokenHash(SecretTokens.hash(command.invitation().get()))
                    .filter(candidate -> candidate.usableAt(clock.instant()))
                    .filter(candidate ->
                            accounts.identityOf(candidate.accountId()).isEmpty());
            if (invitation.isEmpty()) {
                return new SignInResult.Refused(Reason.INVITATION_INVALID);
            }
            known = accounts.findById(invitation.get().accountId());
        }
        boolean linking = known.isEmpty() || invitation.isPresent();
        if (known.isEmpty()) {
            known = command.verifiedEmail()
                    .flatMap(accounts::findUnlinkedByEmail)
                    .filter(account -> !invitations.existsFor(account.id()));
        }
        if (known.isEmpty()) {
            return new SignInResult.Refused(Reason.NO_ACCOUNT);
        }
        AccountRecord account = known.get();
        Optional<Reason> refusal = refusal(account);
        if (refusal.isPresent()) {
            auditor.record(
                    account.toPrincipal().actor(),
                    AuditAction.SIGN_IN_REFUSED,
                    account.customerId(),
                    TARGET,
                    Long.toString(account.id()),
                    Map.of("reason", refusal.get().name()));
            return new SignInResult.Refused(refusal.get());
        }
        if (linking) {
            link(account, command);
        }
        invitation.ifPresent(accepted -> {
            invitations.markUsed(accepted.id(), clock.instant());
            auditor.record(
                    account.toPrincipal().actor(),
                    AuditAction.INVITATION_ACCEPTED,
                    account.customerId(),
                    TARGET,
                    Long.toString(account.id()),
                    Map.of("issuer", command.issuer()));
        });
        String truncatedIp = ClientInfo.truncateIp(command.ipAddress());
        accounts.recordSignIn(
                account.id(), clock.instant(), truncatedIp, ClientInfo.shortenUserAgent(command.userAgent()));
        auditor.record(
                account.toPrincipal().actor(),
                AuditAction.SIGN_IN,
                account.customerId(),
                TARGET,
                Long.toString(account.id()),
                Map.of("ip", truncatedIp));
        return new SignInResult.SignedIn(account.toPrincipal());
    }

    /** Whether an invitation link can still be accepted (known token, unused, not expired, account unlinked). */
    @PermitAll // the invitation page is opened before signing in; the token is the credential
    @Transactional(readOnly = true)
    public boolean invitationUsable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return invitations
                .findByTokenHash(SecretTokens.hash(token))
                .filter(invitation -> invitation.usableAt(clock.instant()))
                .filter(invitation ->
                        accounts.identityOf(invitation.accountId()).isEmpty())
                .isPresent();
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
        return refusal(account.get())
                .or(() -> account.get().roles().equals(session.roles())
                        ? Optional.empty()
                        : Optional.of(Reason.ROLES_CHANGED));
    }

    /**
     * The regular check of an open portal session, identified by a random key kept in the HTTP
     * session: {@link #sessionRefusal()}, plus whether an admin ended this session and whether it
     * has reached its maximum lifetime (counted from its first check, right after sign-in). The first
     * check records the session (so admins see it and can end it on every portal instance),
     * later ones its last-seen time; a refused session is recorded as ended.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<Reason> checkSession(String sessionKey, String ipAddress, String userAgent) {
        AccountPrincipal principal = CurrentAccount.require();
        Instant now = clock.instant();
        String keyHash = SecretTokens.hash(sessionKey);
        Optional<PortalSessions.Session> session =
                sessions.find(keyHash).filter(found -> found.accountId() == principal.accountId());
        // the account's state says more (locked, roles changed) than that the session was ended
        Optional<PortalSessions.Session> known = session;
        Optional<Reason> refusal = sessionRefusal()
                .or(() -> known.filter(found -> found.endedAt() != null).map(ended -> Reason.SESSION_ENDED))
                .or(() -> known.filter(
                                found -> !found.startedAt().plus(maxLifetime).isAfter(now))
                        .map(expired -> Reason.SESSION_EXPIRED));
        if (session.isEmpty()) {
            sessions.open(
                    principal.accountId(),
                    keyHash,
                    now,
                    ClientInfo.truncateIp(ipAddress),
                    ClientInfo.shortenUserAgent(userAgent));
            session = sessions.find(keyHash);
        }
        long id = session.orElseThrow().id();
        if (refusal.isPresent()) {
            sessions.end(id, now, refusal.get().name());
        } else {
            sessions.seen(id, now);
        }
        return refusal;
    }

    /** Sign-out: the session is recorded as ended. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endSession(String sessionKey) {
        sessions.find(SecretTokens.hash(sessionKey))
                .filter(session ->
                        session.accountId() == CurrentAccount.require().accountId())
                .ifPresent(session -> sessions.end(session.id(), clock.instant(), "SIGNED_OUT"));
    }

    /**
     * The identity provider signed the person out (OIDC back-channel logout: a sign-out there, or an
     * administrator ending or disabling the user): every open session of the linked account ends,
     * on every portal instance, within the session check's interval. The logout token, signed by the
     * provider, was verified before this call; an identity no account is linked to ends nothing.
     */
    @PermitAll // called with the provider's verified logout token, no portal session; ArchitectureTest keeps callers in
    // ui.security
    @Transactional
    public int endSessionsOfIdentity(String issuer, String subject) {
        return accounts.findByIdentity(issuer, subject)
                .map(account -> sessions.endAll(account.id(), clock.instant(), Reason.SESSION_ENDED.name()))
                .orElse(0);
    }

    private static Optional<Reason> refusal(AccountRecord account) {
        return switch (account.status()) {
            case LOCKED -> Optional.of(Reason.LOCKED);
            case DISABLED -> Optional.of(Reason.DISABLED);
            case ACTIVE ->
                account.roles().isEmpty() || (account.roles().contains(Role.CUSTOMER) && account.customerId() == null)
                        ? Optional.of(Reason.NO_ACCESS)
                        : Optional.empty();
        };
    }

    private void link(AccountRecord account, SignInCommand command) {
        accounts.linkIdentity(account.id(), command.issuer(), command.subject());
        auditor.record(
                account.toPrincipal().actor(),
                AuditAction.IDENTITY_LINKED,
                account.customerId(),
                TARGET,
                Long.toString(account.id()),
                Map.of("issuer", command.issuer()));
    }
}
