package be.cloudgroup.privacy.account;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the admin's account list.
 *
 * @param linked whether an identity (issuer + subject) has signed in and been linked
 */
public record AccountSummary(String email, String displayName, Set<Role> roles, AccountStatus status,
        String customerNumber, boolean linked, Instant lastSignInAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
