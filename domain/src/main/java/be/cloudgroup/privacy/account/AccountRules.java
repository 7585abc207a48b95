package be.cloudgroup.privacy.account;

import java.util.Optional;
import java.util.Set;

/**
 * The guardrails of account administration, as plain functions of the account, the acting
 * admin and the number of active admins (so they are tested without a database):
 * <ul>
 * <li>an admin cannot lock, disable, demote or unlink themself;</li>
 * <li>no change may leave the portal without an active admin;</li>
 * <li>roles are either CUSTOMER alone, linked to a customer record, or staff roles (SUPPORT,
 * ADMIN) on an account that is never linked to one: staff who are customers have two accounts;</li>
 * <li>status moves only ACTIVE → LOCKED → ACTIVE, ACTIVE/LOCKED → DISABLED → ACTIVE.</li>
 * </ul>
 * A reason for every change is required by {@link ChangeReason}.
 */
public final class AccountRules {

    private AccountRules() {}

    /** Whether this set of roles fits an account that is, or is not, linked to a customer. */
    public static Optional<AccountRefusal> roles(Set<Role> roles, boolean linkedToCustomer) {
        if (roles.isEmpty()) {
            return Optional.of(AccountRefusal.NO_ROLE);
        }
        boolean customer = roles.contains(Role.CUSTOMER);
        if (customer && roles.size() > 1 || !customer && linkedToCustomer) {
            return Optional.of(AccountRefusal.STAFF_WITH_CUSTOMER);
        }
        if (customer && !linkedToCustomer) {
            return Optional.of(AccountRefusal.CUSTOMER_WITHOUT_CUSTOMER);
        }
        return Optional.empty();
    }

    public static Optional<AccountRefusal> lock(AccountRecord account, long actorId, int activeAdmins) {
        if (account.id() == actorId) {
            return Optional.of(AccountRefusal.SELF_LOCK);
        }
        if (account.status() != AccountStatus.ACTIVE) {
            return Optional.of(AccountRefusal.NOT_ACTIVE);
        }
        return lastAdmin(account, activeAdmins);
    }

    public static Optional<AccountRefusal> unlock(AccountRecord account) {
        return account.status() == AccountStatus.LOCKED ? Optional.empty() : Optional.of(AccountRefusal.NOT_LOCKED);
    }

    public static Optional<AccountRefusal> disable(AccountRecord account, long actorId, int activeAdmins) {
        if (account.id() == actorId) {
            return Optional.of(AccountRefusal.SELF_DISABLE);
        }
        if (account.status() == AccountStatus.DISABLED) {
            return Optional.of(AccountRefusal.ALREADY_DISABLED);
        }
        return lastAdmin(account, activeAdmins);
    }

    public static Optional<AccountRefusal> reenable(AccountRecord account) {
        return account.status() == AccountStatus.DISABLED ? Optional.empty() : Optional.of(AccountRefusal.NOT_DISABLED);
    }

    public static Optional<AccountRefusal> changeRoles(
            AccountRecord account, Set<Role> roles, long actorId, int activeAdmins) {
        if (account.roles().equals(roles)) {
            return Optional.of(AccountRefusal.UNCHANGED);
        }
        boolean losesAdmin = account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && account.id() == actorId) {
            return Optional.of(AccountRefusal.SELF_DEMOTE);
        }
        return roles(roles, account.customerId() != null)
                .or(() -> losesAdmin ? lastAdmin(account, activeAdmins) : Optional.empty());
    }

    public static Optional<AccountRefusal> unlinkIdentity(AccountRecord account, boolean linked, long actorId) {
        if (account.id() == actorId) {
            return Optional.of(AccountRefusal.SELF_UNLINK);
        }
        return linked ? Optional.empty() : Optional.of(AccountRefusal.NO_IDENTITY);
    }

    /** Refused when the account is the only active admin (it would stop being one). */
    private static Optional<AccountRefusal> lastAdmin(AccountRecord account, int activeAdmins) {
        boolean activeAdmin =
                account.status() == AccountStatus.ACTIVE && account.roles().contains(Role.ADMIN);
        return activeAdmin && activeAdmins <= 1 ? Optional.of(AccountRefusal.LAST_ADMIN) : Optional.empty();
    }
}
