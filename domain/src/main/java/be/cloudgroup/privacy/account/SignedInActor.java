package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.CurrentActor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in account as the actor of the audit events recorded in its request. */
@Component
class SignedInActor implements CurrentActor {

    @Override
    public Optional<Actor> get() {
        return CurrentAccount.get().map(AccountPrincipal::actor);
    }
}
