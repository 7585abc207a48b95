package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.customer.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the stored portal accounts. An identity (issuer + subject) belongs to at most one
 * account; an e-mail to exactly one account.
 */
public interface Accounts {

    Optional<AccountRecord> findByIdentity(String issuer, String subject);

    Optional<AccountRecord> findById(long accountId);

    boolean anyWithRole(Role role);

    /** An account with this e-mail that no identity has claimed yet. */
    Optional<AccountRecord> findUnlinkedByEmail(EmailAddress email);

    void linkIdentity(long accountId, String issuer, String subject);

    /** Stores a sign-in (security data of the customer) and the account's last sign-in time. */
    void recordSignIn(long accountId, Instant at, String truncatedIp, String userAgent);

    boolean existsByEmail(EmailAddress email);

    /** Creates an active, not yet linked account and returns its id. */
    long create(EmailAddress email, String displayName, Set<Role> roles, Instant at);

    /** Creates an active, not yet linked account, linked to the customer if one is given, and returns its id. */
    long create(EmailAddress email, String displayName, Set<Role> roles, Long customerId, Instant at);

    /** One page of the accounts the query selects, in its order. */
    List<AccountSummary> list(AccountQuery query, int offset, int limit);

    long count(AccountQuery query);

    Optional<AccountRecord> findByPublicId(String publicId);

    String publicIdOf(long accountId);

    Instant createdAt(long accountId);

    /** The linked identity in full (issuer, subject), if any. */
    Optional<AccountDetails.Identity> identityOf(long accountId);

    /**
     * Active accounts with the ADMIN role, their rows locked until the transaction ends, so two
     * admins demoting each other at once cannot both pass the last-admin guardrail.
     */
    int countActiveAdminsForUpdate();

    boolean customerHasAccount(long customerId);

    void changeStatus(long accountId, AccountStatus status);

    void changeRoles(long accountId, Set<Role> roles);

    void unlinkIdentity(long accountId);

    List<AccountDetails.SignIn> signIns(long accountId, int limit);

    /** Audit events about the account, newest first. */
    List<AccountDetails.Event> events(long accountId, int limit);
}
