package be.cloudgroup.privacy.account;

import java.util.Set;

/** An account as stored, for the account services. Never handed to a view. */
public record AccountRecord(
        long id,
        String email,
        String displayName,
        AccountStatus status,
        Set<Role> roles,
        Long customerId,
        String customerNumber) {

    public AccountRecord {
        roles = Set.copyOf(roles);
    }

    AccountPrincipal toPrincipal() {
        return new AccountPrincipal(id, displayName, roles, customerId, customerNumber);
    }
}
