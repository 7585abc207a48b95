package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountRecord;
import be.cloudgroup.privacy.account.Accounts;
import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.assist.AssistRefusedException.Reason;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.shared.OneTimeCode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Assist sessions from start to end. Staff open one from a customer's overview, with the code the
 * customer read out (the session may act) or with a category, reason and ticket (read-only, and
 * the customer is told by e-mail); extend it once; end it. The customer creates codes, sees a
 * session on them and ends it. Admins list and end sessions. The portal ends overdue sessions,
 * sessions whose accounts were locked, and those of a restarted instance. Every start, refusal,
 * extension and end is audited; refusals are kept (the transaction does not roll back for them).
 */
@Service
public class AssistService {

    static final String TARGET = "assist_session";

    private final AssistSessions sessions;
    private final AssistAccessCodes codes;
    private final AssistTargets targets;
    private final Accounts accounts;
    private final AssistNotifier notifier;
    private final Auditor auditor;
    private final Clock clock;
    private final String node;

    public AssistService(
            AssistSessions sessions,
            AssistAccessCodes codes,
            AssistTargets targets,
            Accounts accounts,
            AssistNotifier notifier,
            Auditor auditor,
            Clock clock,
            @Value("${portal.instance-name:${HOSTNAME:portal}}") String node) {
        this.sessions = sessions;
        this.codes = codes;
        this.targets = targets;
        this.accounts = accounts;
        this.notifier = notifier;
        this.auditor = auditor;
        this.clock = clock;
        this.node = node;
    }

    // ---- staff ----------------------------------------------------------------------------------

    /**
     * What a staff member sees of a customer before a session: number, name, type, city, status and
     * open requests. Audited on the customer's record (they see who looked them up).
     *
     * @throws AssistRefusedException while the staff member is in a session (no staff tools inside one)
     */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(noRollbackFor = AssistRefusedException.class)
    public Optional<AssistCustomerOverview> overview(CustomerNumber number) {
        AccountPrincipal staff = CurrentAccount.require();
        refuseInsideSession(staff, AssistOperation.STAFF_TOOLS);
        Optional<AssistTarget> target = targets.find(number);
        target.ifPresent(found -> auditor.record(
                AuditAction.ASSIST_CUSTOMER_OVERVIEW_OPENED,
                found.customerId(),
                "customer",
                found.customerNumber(),
                Map.of()));
        return target.map(AssistTarget::overview);
    }

    /**
     * Starts a session for the signed-in staff member.
     *
     * @throws AssistRefusedException (audited) when the rules refuse it; a wrong code also uses one
     *                                of the code's tries and one of the staff member's
     */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(noRollbackFor = AssistRefusedException.class)
    public AssistSession start(StartAssistCommand command) {
        Objects.requireNonNull(command, "command");
        AccountPrincipal staff = CurrentAccount.require();
        Instant now = clock.instant();
        AssistTarget target = targets.find(command.customer())
                .orElseThrow(() -> refused(
                        command.customer().toString(),
                        new AssistRefusedException(Reason.NO_PORTAL_ACCOUNT, "No such customer")));
        AssistMode mode;
        Duration length;
        AccountRecord account;
        try {
            AssistRules.checkStaff(staff);
            endIfOverdue(sessions.unendedOfStaff(staff.accountId()), now);
            endIfOverdue(sessions.unendedOfCustomer(target.customerId()), now);
            AssistRules.checkNoOpenSession(
                    sessions.unendedOfStaff(staff.accountId()), sessions.unendedOfCustomer(target.customerId()), now);
            List<AccountRecord> linked = target.accountIds().stream()
                    .map(accounts::findById)
                    .flatMap(Optional::stream)
                    .toList();
            AssistRules.checkTarget(linked);
            account = linked.get(0);
            length = AssistRules.length(command.length());
            if (command.hasCode()) {
                checkCode(staff, target, command.accessCode(), now);
                mode = AssistMode.MAY_ACT;
            } else {
                AssistRules.checkJustification(command.category(), command.reason(), command.ticket());
                mode = AssistMode.READ_ONLY;
            }
        } catch (AssistRefusedException refusal) {
            throw refused(target.customerNumber(), refusal);
        }
        AssistSession draft = new AssistSession(
                0,
                staff.accountId(),
                staff.displayName(),
                target.customerId(),
                account.id(),
                target.customerNumber(),
                target.displayName(),
                mode,
                command.category(),
                command.reason(),
                command.ticket(),
                now,
                now.plus(length),
                null,
                null,
                null,
                null);
        long id = sessions.open(draft, node);
        AssistSession session = sessions.find(id).orElseThrow();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("session", Long.toString(id));
        details.put("mode", mode.name());
        details.put("endsAt", session.endsAt().toString());
        if (command.category() != null) {
            details.put("reasonCategory", command.category().name());
        }
        putIfPresent(details, "reason", command.reason());
        putIfPresent(details, "ticket", command.ticket());
        auditor.record(AuditAction.ASSIST_SESSION_STARTED, target.customerId(), TARGET, Long.toString(id), details);
        if (mode == AssistMode.READ_ONLY) {
            afterCommit(() -> notifier.sessionWithoutCode(target, session));
        }
        return session;
    }

    /** Extends the signed-in staff member's open session once, by at most 60 minutes, with a reason. */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(noRollbackFor = AssistRefusedException.class)
    public AssistSession extend(Duration extra, String reason) {
        AccountPrincipal staff = CurrentAccount.require();
        Instant now = clock.instant();
        AssistSession session = sessions.unendedOfStaff(staff.accountId())
                .filter(found -> found.isOpenAt(now))
                .orElseThrow(() -> new AssistRefusedException(Reason.NO_OPEN_SESSION, "No open session"));
        try {
            AssistRules.checkExtension(session, extra, reason, now);
        } catch (AssistRefusedException refusal) {
            throw refused(session.customerNumber(), refusal);
        }
        Instant endsAt = session.endsAt().plus(extra);
        if (!sessions.extend(session.id(), endsAt, reason.strip())) {
            throw new AssistRefusedException(Reason.ALREADY_EXTENDED, "A session is extended only once");
        }
        auditor.record(
                AuditAction.ASSIST_SESSION_EXTENDED,
                null,
                TARGET,
                Long.toString(session.id()),
                Map.of("customer", session.customerNumber(), "reason", reason.strip(), "endsAt", endsAt.toString()));
        return sessions.find(session.id()).orElseThrow();
    }

    /** Ends the signed-in staff member's session, if one is open. */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public boolean endMine() {
        AccountPrincipal staff = CurrentAccount.require();
        return sessions.unendedOfStaff(staff.accountId())
                .map(session -> end(session, AssistEndReason.ENDED_BY_STAFF, staff.actor()))
                .orElse(false);
    }

    /** The signed-in staff member's open session; empty for anyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AssistSession> mySession() {
        return CurrentAccount.get()
                .flatMap(account -> sessions.unendedOfStaff(account.accountId()))
                .filter(session -> session.isOpenAt(clock.instant()));
    }

    // ---- customer -------------------------------------------------------------------------------

    /**
     * A new code for the signed-in customer to read out to support: six digits, valid 30 minutes,
     * single use, five tries. It replaces an earlier code. Never created inside an assist session.
     */
    @RolesAllowed("CUSTOMER")
    @Transactional
    public AccessCode createAccessCode() {
        AccountPrincipal customer = CurrentAccount.require();
        refuseInsideSession(customer, AssistOperation.CREATE_ACCESS_CODE);
        long customerId = CurrentAccount.requireCustomerId();
        Instant now = clock.instant();
        String code = OneTimeCode.generate();
        Instant expiresAt = now.plus(AssistRules.CODE_VALIDITY);
        codes.replace(customerId, OneTimeCode.hash(code), now, expiresAt, AssistRules.CODE_ATTEMPTS);
        auditor.record(
                AuditAction.ASSIST_ACCESS_CODE_CREATED,
                customerId,
                TARGET,
                null,
                Map.of("expiresAt", expiresAt.toString()));
        return new AccessCode(code, expiresAt);
    }

    /** The session open on the signed-in customer now, if any (never for a staff member in a session). */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public Optional<AssistSession> sessionOnMe() {
        Long customerId = CurrentAccount.require().customerId();
        if (customerId == null) {
            return Optional.empty();
        }
        return sessions.unendedOfCustomer(customerId).filter(session -> session.isOpenAt(clock.instant()));
    }

    /** The signed-in customer ends the session on them at once. */
    @RolesAllowed("CUSTOMER")
    @Transactional
    public boolean endOnMe() {
        AccountPrincipal customer = CurrentAccount.require();
        long customerId = CurrentAccount.requireCustomerId();
        return sessions.unendedOfCustomer(customerId)
                .map(session -> end(session, AssistEndReason.ENDED_BY_CUSTOMER, customer.actor()))
                .orElse(false);
    }

    // ---- admin ----------------------------------------------------------------------------------

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AssistSession> list(AssistSessionFilter filter, int offset, int limit) {
        return sessions.list(Objects.requireNonNull(filter, "filter"), Math.max(0, offset), Math.min(limit, 500));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(AssistSessionFilter filter) {
        return sessions.count(Objects.requireNonNull(filter, "filter"));
    }

    /** An admin ends an open session. */
    @RolesAllowed("ADMIN")
    @Transactional
    public boolean endAsAdmin(long sessionId) {
        AccountPrincipal admin = CurrentAccount.require();
        return sessions.find(sessionId)
                .filter(session -> session.endedAt() == null)
                .map(session -> end(session, AssistEndReason.ENDED_BY_ADMIN, admin.actor()))
                .orElse(false);
    }

    // ---- the portal itself ----------------------------------------------------------------------

    /** Ends every session past its end time (as EXPIRED, at its end time) and those whose accounts were locked. */
    @PreAuthorize("hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional
    public int endOverdueAndLocked() {
        Instant now = clock.instant();
        int ended = 0;
        for (AssistSession session : sessions.overdue(now)) {
            ended += endAt(session, AssistEndReason.EXPIRED, Actor.SYSTEM, session.endsAt()) ? 1 : 0;
        }
        for (AssistSession session : sessions.unendedWithInactiveAccount()) {
            ended += end(session, AssistEndReason.ACCOUNT_LOCKED, Actor.SYSTEM) ? 1 : 0;
        }
        return ended;
    }

    /** At start-up: sessions this instance held cannot go on (their portal sessions are gone). */
    @PreAuthorize("hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional
    public int endAfterRestart() {
        Instant now = clock.instant();
        int ended = 0;
        for (AssistSession session : sessions.unendedOnNode(node)) {
            ended += session.isOverdueAt(now)
                    ? (endAt(session, AssistEndReason.EXPIRED, Actor.SYSTEM, session.endsAt()) ? 1 : 0)
                    : (end(session, AssistEndReason.PORTAL_RESTARTED, Actor.SYSTEM) ? 1 : 0);
        }
        return ended;
    }

    /** The staff member's portal session ended (sign-out, time-out, lock): so does their assist session. */
    @PreAuthorize("hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional
    public boolean endForStaff(long staffAccountId, AssistEndReason reason) {
        boolean locked = accounts.findById(staffAccountId)
                .filter(account -> account.status() == be.cloudgroup.privacy.account.AccountStatus.ACTIVE)
                .isEmpty();
        AssistEndReason why = locked ? AssistEndReason.ACCOUNT_LOCKED : reason;
        return sessions.unendedOfStaff(staffAccountId)
                .map(session -> session.isOverdueAt(clock.instant())
                        ? endAt(session, AssistEndReason.EXPIRED, Actor.SYSTEM, session.endsAt())
                        : end(session, why, Actor.SYSTEM))
                .orElse(false);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void checkCode(AccountPrincipal staff, AssistTarget target, String code, Instant now) {
        if (codes.wrongTriesSince(staff.accountId(), now.minus(AssistRules.WRONG_TRY_WINDOW))
                >= AssistRules.WRONG_TRIES_PER_STAFF) {
            throw new AssistRefusedException(Reason.TOO_MANY_TRIES, "Too many wrong codes; try again later");
        }
        Optional<AssistAccessCodes.StoredCode> stored =
                codes.lockAndFind(target.customerId()).filter(found -> found.usableAt(now));
        if (stored.isEmpty()) {
            codes.recordWrongTry(staff.accountId(), now);
            throw new AssistRefusedException(
                    Reason.NO_VALID_CODE, "The customer has no valid code: ask them to create a new one");
        }
        if (!OneTimeCode.matches(code, stored.get().codeHash())) {
            codes.useAttempt(target.customerId());
            codes.recordWrongTry(staff.accountId(), now);
            int left = stored.get().attemptsLeft() - 1;
            auditor.record(
                    AuditAction.ASSIST_ACCESS_CODE_REJECTED,
                    target.customerId(),
                    TARGET,
                    null,
                    Map.of("attemptsLeft", Integer.toString(left)));
            throw left > 0
                    ? new AssistRefusedException(Reason.WRONG_CODE, "Wrong code", left)
                    : new AssistRefusedException(Reason.NO_VALID_CODE, "Wrong code; the code is no longer valid");
        }
        codes.markUsed(target.customerId(), now);
    }

    private void refuseInsideSession(AccountPrincipal account, AssistOperation operation) {
        Optional<AssistSession> open =
                sessions.unendedOfStaff(account.accountId()).filter(session -> session.isOpenAt(clock.instant()));
        if (open.isPresent()) {
            AssistRefusedException refusal = new AssistRefusedException(
                    Reason.FORBIDDEN_IN_SESSION, operation + " is never done during an assist session");
            auditor.record(
                    AuditAction.ASSIST_ACTION_REFUSED,
                    open.get().customerId(),
                    TARGET,
                    Long.toString(open.get().id()),
                    Map.of(
                            "operation",
                            operation.name(),
                            "reason",
                            refusal.reason().name()));
            throw refusal;
        }
    }

    private AssistRefusedException refused(String customerNumber, AssistRefusedException refusal) {
        auditor.record(
                AuditAction.ASSIST_SESSION_REFUSED,
                null,
                TARGET,
                null,
                Map.of("customer", customerNumber, "reason", refusal.reason().name()));
        return refusal;
    }

    private void endIfOverdue(Optional<AssistSession> session, Instant now) {
        session.filter(found -> found.isOverdueAt(now))
                .ifPresent(found -> endAt(found, AssistEndReason.EXPIRED, Actor.SYSTEM, found.endsAt()));
    }

    private boolean end(AssistSession session, AssistEndReason reason, Actor by) {
        Instant now = clock.instant();
        Instant at = session.endsAt().isBefore(now) ? session.endsAt() : now;
        return endAt(
                session,
                session.endsAt().isBefore(now) ? AssistEndReason.EXPIRED : reason,
                session.endsAt().isBefore(now) ? Actor.SYSTEM : by,
                at);
    }

    private boolean endAt(AssistSession session, AssistEndReason reason, Actor by, Instant at) {
        if (!sessions.end(session.id(), at, reason, by.name())) {
            return false;
        }
        auditor.record(
                by,
                AuditAction.ASSIST_SESSION_ENDED,
                null,
                TARGET,
                Long.toString(session.id()),
                Map.of(
                        "customer",
                        session.customerNumber(),
                        "reason",
                        reason.name(),
                        "endedBy",
                        by.name(),
                        "endedAt",
                        at.toString()));
        return true;
    }

    private static void putIfPresent(Map<String, String> details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
