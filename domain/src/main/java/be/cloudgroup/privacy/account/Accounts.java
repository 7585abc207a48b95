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

    /** Accounts ordered by e-mail, for paging. */
    List<AccountSummary> list(int offset, int limit);

    long count();
}
