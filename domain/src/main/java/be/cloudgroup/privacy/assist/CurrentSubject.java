package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The customer whose data a self-service request is about: the signed-in customer, or, while a
 * staff member has an open assist session, that session's customer. The session is read from
 * the database on every call (keyed by the staff member's account), so it ends everywhere the
 * moment it ends in the database. The signed-in account ({@link CurrentAccount#require()}) stays
 * the real actor: there is no switch of principal.
 *
 * <p>Services that admit staff ({@code @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})}) call
 * {@link #require(AssistOperation)}; staff without an open session are refused here.
 */
@Component
public class CurrentSubject implements InAssistSession {

    /**
     * @param accountId the customer's portal account (to tell "you" from others in their activity)
     * @param session   the open assist session the request runs in, or {@code null} for the customer themself
     */
    public record Subject(
            long customerId, long accountId, @Nullable AssistSession session) {

        public Optional<AssistSession> assist() {
            return Optional.ofNullable(session);
        }

        public boolean assisted() {
            return session != null;
        }
    }

    private final AssistSessions sessions;
    private final AssistRefusals refusals;
    private final Clock clock;

    public CurrentSubject(AssistSessions sessions, AssistRefusals refusals, Clock clock) {
        this.sessions = sessions;
        this.refusals = refusals;
        this.clock = clock;
    }

    /**
     * The subject for an operation. In an assist session the operation is checked against
     * {@link AssistRules#checkOperation}; a refusal is audited (in its own transaction, so it
     * survives the caller's rollback) and thrown.
     *
     * @throws AccessDeniedException   when the signed-in account is neither a customer nor in an open session
     * @throws AssistRefusedException when the session may not do this
     */
    public Subject require(AssistOperation operation) {
        AccountPrincipal me = CurrentAccount.require();
        Optional<AssistSession> session = openSessionOf(me);
        if (session.isPresent()) {
            AssistSession open = session.get();
            try {
                AssistRules.checkOperation(open.mode(), operation);
            } catch (AssistRefusedException refused) {
                refusals.record(open, operation, refused.reason());
                throw refused;
            }
            return new Subject(open.customerId(), open.customerAccountId(), open);
        }
        if (me.customerId() != null && me.has(Role.CUSTOMER)) {
            return new Subject(me.customerId(), me.accountId(), null);
        }
        throw new AccessDeniedException("Staff see a customer's pages only in an open assist session");
    }

    /** The subject's customer id for reading. */
    public long customerId() {
        return require(AssistOperation.READ).customerId();
    }

    /** Whether the signed-in account is a staff member in an open assist session now. */
    @Override
    public boolean inSession() {
        return CurrentAccount.get().flatMap(this::openSessionOf).isPresent();
    }

    /** The open session of the signed-in staff member, if any. */
    public Optional<AssistSession> session() {
        return CurrentAccount.get().flatMap(this::openSessionOf);
    }

    private Optional<AssistSession> openSessionOf(AccountPrincipal account) {
        if (!account.has(Role.SUPPORT) && !account.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return sessions.unendedOfStaff(account.accountId()).filter(session -> session.isOpenAt(clock.instant()));
    }
}
