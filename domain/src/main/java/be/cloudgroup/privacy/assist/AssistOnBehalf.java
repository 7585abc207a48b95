package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.ActingOnBehalf;
import be.cloudgroup.privacy.audit.Actor;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names the agent and the session on every audit event a staff member writes about the customer
 * they are assisting. Asks the database only for signed-in staff writing about a customer.
 */
@Component
class AssistOnBehalf implements ActingOnBehalf {

    private final AssistSessions sessions;
    private final Clock clock;

    AssistOnBehalf(AssistSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<Agent> of(Actor actor, @Nullable Long subjectCustomerId) {
        if (subjectCustomerId == null || actor.accountId() == null) {
            return Optional.empty();
        }
        boolean signedInStaff = CurrentAccount.get()
                .filter(account -> Objects.equals(account.accountId(), actor.accountId()))
                .filter(account -> account.has(Role.SUPPORT) || account.has(Role.ADMIN))
                .isPresent();
        if (!signedInStaff) {
            return Optional.empty();
        }
        return sessions.unendedOfStaff(actor.accountId())
                .filter(session -> session.customerId() == subjectCustomerId && session.isOpenAt(clock.instant()))
                .map(session -> new Agent(session.staffAccountId(), session.id()));
    }
}
