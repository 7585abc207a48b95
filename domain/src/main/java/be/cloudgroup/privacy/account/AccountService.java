package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's door to the portal accounts: the list, one account's page, invitations, and one
 * method per change. Every change checks {@link AccountRules} (a refusal changes nothing), needs
 * a {@link ChangeReason}, ends the account's open sessions where access shrinks, and writes one
 * audit event with the old and new values, the reason and the acting admin.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    static final int SHOWN_SIGN_INS = 10;
    static final int SHOWN_EVENTS = 50;

    private final Accounts accounts;
    private final Invitations invitations;
    private final PortalSessions sessions;
    private final InvitationMailer mailer;
    private final CustomerDirectory customers;
    private final Auditor auditor;
    private final Clock clock;

    public AccountService(
            Accounts accounts,
            Invitations invitations,
            PortalSessions sessions,
            InvitationMailer mailer,
            CustomerDirectory customers,
            Auditor auditor,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.sessions = sessions;
        this.mailer = mailer;
        this.customers = customers;
        this.auditor = auditor;
        this.clock = clock;
    }

    @RolesAllowed("ADMIN")
    public List<AccountSummary> listAccounts(AccountQuery query, int offset, int limit) {
        return accounts.list(query, offset, limit);
    }

    @RolesAllowed("ADMIN")
    public long countAccounts(AccountQuery query) {
        return accounts.count(query);
    }

    /** The account's page; empty for an unknown or malformed public id. */
    @RolesAllowed("ADMIN")
    public Optional<AccountDetails> account(String publicId) {
        return accounts.findByPublicId(publicId).map(account -> {
            Instant now = clock.instant();
            return new AccountDetails(
                    publicId,
                    account.email(),
                    account.displayName(),
                    account.roles(),
                    account.status(),
                    account.customerNumber(),
                    accounts.createdAt(account.id()),
                    accounts.identityOf(account.id())
                            .map(id -> AccountDetails.Identity.shortened(id.issuer(), id.subject())),
                    invitations.pendingUntil(account.id(), now),
                    accounts.signIns(account.id(), SHOWN_SIGN_INS),
                    sessions.open(account.id(), now.minus(SignInService.SESSION_TIMEOUT)),
                    accounts.events(account.id(), SHOWN_EVENTS));
        });
    }

    /**
     * Creates an active account that no identity has claimed yet and e-mails the invitee a
     * one-time link (valid {@link #INVITATION_VALIDITY}); signing in through it links the identity.
     *
     * @return the new account's public id
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public String invite(InviteCommand command) {
        Long customerId = null;
        if (command.customer().isPresent()) {
            customerId = customers
                    .idOf(command.customerNumber())
                    .orElseThrow(() -> new AccountChangeRefusedException(AccountRefusal.UNKNOWN_CUSTOMER));
            if (accounts.customerHasAccount(customerId)) {
                throw new AccountChangeRefusedException(AccountRefusal.CUSTOMER_HAS_ACCOUNT);
            }
        }
        refuseIf(AccountRules.roles(command.roles(), customerId != null));
        if (accounts.existsByEmail(command.email())) {
            throw new AccountChangeRefusedException(AccountRefusal.EMAIL_TAKEN);
        }
        long id = accounts.create(command.email(), command.displayName(), command.roles(), customerId, clock.instant());
        Instant expires = sendInvitation(id, command.email().toString(), command.displayName(), command.language());
        Map<String, String> details = details(command.reason());
        details.put("email", command.email().toString());
        details.put("roles", roles(command.roles()));
        details.put("language", command.language().code());
        details.put("expires", expires.toString());
        command.customer().ifPresent(number -> details.put("customer", number.toString()));
        auditor.record(AuditAction.ACCOUNT_INVITED, customerId, SignInService.TARGET, Long.toString(id), details);
        return accounts.publicIdOf(id);
    }

    /** A new invitation for an account no identity is linked to (e.g. after its identity was unlinked). */
    @RolesAllowed("ADMIN")
    @Transactional
    public void reinvite(String publicId, Language language, ChangeReason reason) {
        AccountRecord account = require(publicId);
        if (accounts.identityOf(account.id()).isPresent()) {
            throw new AccountChangeRefusedException(AccountRefusal.UNCHANGED);
        }
        Instant expires = sendInvitation(account.id(), account.email(), account.displayName(), language);
        Map<String, String> details = details(reason);
        details.put("email", account.email());
        details.put("language", language.code());
        details.put("expires", expires.toString());
        audit(AuditAction.ACCOUNT_INVITED, account, details);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void lock(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        refuseIf(AccountRules.lock(account, actorId(), accounts.countActiveAdminsForUpdate()));
        changeStatus(account, AccountStatus.LOCKED, AuditAction.ACCOUNT_LOCKED, reason);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void unlock(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        refuseIf(AccountRules.unlock(account));
        changeStatus(account, AccountStatus.ACTIVE, AuditAction.ACCOUNT_UNLOCKED, reason);
    }

    /** Switches the account off for good (kept for the audit trail); {@link #reenable} undoes a mistake. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void disable(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        refuseIf(AccountRules.disable(account, actorId(), accounts.countActiveAdminsForUpdate()));
        changeStatus(account, AccountStatus.DISABLED, AuditAction.ACCOUNT_DISABLED, reason);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void reenable(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        refuseIf(AccountRules.reenable(account));
        changeStatus(account, AccountStatus.ACTIVE, AuditAction.ACCOUNT_REENABLED, reason);
    }

    /** New roles; the account's open sessions end (it signs in again with the new roles). */
    @RolesAllowed("ADMIN")
    @Transactional
    public void changeRoles(String publicId, Set<Role> roles, ChangeReason reason) {
        AccountRecord account = require(publicId);
        Set<Role> wanted = Set.copyOf(roles);
        refuseIf(AccountRules.changeRoles(account, wanted, actorId(), accounts.countActiveAdminsForUpdate()));
        accounts.changeRoles(account.id(), wanted);
        sessions.endAll(account.id(), clock.instant(), SignInResult.Reason.ROLES_CHANGED.name());
        Map<String, String> details = details(reason);
        details.put("roles", roles(account.roles()) + " → " + roles(wanted));
        audit(AuditAction.ACCOUNT_ROLES_CHANGED, account, details);
    }

    /** Ends every open session of the account, on every portal instance, within the session check's interval. */
    @RolesAllowed("ADMIN")
    @Transactional
    public int signOutEverywhere(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        int ended = sessions.endAll(account.id(), clock.instant(), SignInResult.Reason.SESSION_ENDED.name());
        Map<String, String> details = details(reason);
        details.put("sessions", Integer.toString(ended));
        audit(AuditAction.ACCOUNT_SIGNED_OUT_EVERYWHERE, account, details);
        return ended;
    }

    /**
     * Unlinks the identity (e.g. the identity provider changed): the account's sessions end; the
     * next identity links by a new invitation (or, for a customer account never invited, by its
     * verified e-mail).
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void unlinkIdentity(String publicId, ChangeReason reason) {
        AccountRecord account = require(publicId);
        Optional<AccountDetails.Identity> identity = accounts.identityOf(account.id());
        refuseIf(AccountRules.unlinkIdentity(account, identity.isPresent(), actorId()));
        accounts.unlinkIdentity(account.id());
        sessions.endAll(account.id(), clock.instant(), SignInResult.Reason.SESSION_ENDED.name());
        Map<String, String> details = details(reason);
        AccountDetails.Identity unlinked = AccountDetails.Identity.shortened(
                identity.get().issuer(), identity.get().subject());
        details.put("identity", unlinked.issuer() + " " + unlinked.subject() + " → –");
        audit(AuditAction.IDENTITY_UNLINKED, account, details);
    }

    private void changeStatus(AccountRecord account, AccountStatus status, AuditAction action, ChangeReason reason) {
        accounts.changeStatus(account.id(), status);
        if (status != AccountStatus.ACTIVE) {
            sessions.endAll(account.id(), clock.instant(), status.name());
        }
        Map<String, String> details = details(reason);
        details.put("status", account.status().name() + " → " + status.name());
        audit(action, account, details);
    }

    private Instant sendInvitation(long accountId, String email, String displayName, Language language) {
        String token = SecretTokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(INVITATION_VALIDITY);
        invitations.create(accountId, SecretTokens.hash(token), language, now, expires, actorId());
        mailer.send(EmailAddress.valueOf(email), displayName, token, language, expires);
        return expires;
    }

    private AccountRecord require(String publicId) {
        return accounts.findByPublicId(publicId).orElseThrow(AccountNotFoundException::new);
    }

    private static long actorId() {
        return CurrentAccount.require().accountId();
    }

    private static void refuseIf(Optional<AccountRefusal> refusal) {
        if (refusal.isPresent()) {
            throw new AccountChangeRefusedException(refusal.get());
        }
    }

    private static Map<String, String> details(ChangeReason reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason.text());
        return details;
    }

    private void audit(AuditAction action, AccountRecord account, Map<String, String> details) {
        details.putIfAbsent("email", account.email());
        auditor.record(action, account.customerId(), SignInService.TARGET, Long.toString(account.id()), details);
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Role::name).collect(Collectors.joining(", "));
    }
}
