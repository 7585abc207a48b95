package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.Actor;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in account as the application services see it. Self-service operations take their
 * subject from here (never from a parameter): {@link #customerId()} is the only customer a
 * CUSTOMER may act on.
 *
 * @param accountId      internal id of the portal account
 * @param displayName    name to show and to record as actor
 * @param roles          roles from the portal database
 * @param customerId     internal id of the linked customer, {@code null} for staff
 * @param customerNumber public id of the linked customer, {@code null} for staff
 */
public record AccountPrincipal(
        long accountId,
        String displayName,
        Set<Role> roles,
        @Nullable Long customerId,
        @Nullable String customerNumber) implements Serializable {

    public AccountPrincipal {
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<Long> customer() {
        return Optional.ofNullable(customerId);
    }

    /** This account as the actor of an audit event. */
    public Actor actor() {
        return new Actor(accountId, displayName);
    }
}
