package be.cloudgroup.privacy.account;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the admin's account list.
 *
 * @param publicId the account's id in addresses; the database id never leaves the server
 * @param linked   whether an identity (issuer + subject) has signed in and been linked
 */
public record AccountSummary(
        String publicId,
        String email,
        String displayName,
        Set<Role> roles,
        AccountStatus status,
        String customerNumber,
        boolean linked,
        Instant lastSignInAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
