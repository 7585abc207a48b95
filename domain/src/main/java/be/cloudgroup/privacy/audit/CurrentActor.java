package be.cloudgroup.privacy.audit;

import java.util.Optional;

/**
 * Port: who is acting in the current request, if anyone is signed in. The account feature
 * supplies it, so that the audit trail does not depend on how people sign in.
 */
@FunctionalInterface
public interface CurrentActor {

    Optional<Actor> get();
}
