package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.AccountRecord;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.Accounts;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.persistence.OffsetLimit;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
class AccountsAdapter implements Accounts {

    private final PortalAccountRepository accounts;
    private final PortalSignInRepository signIns;
    private final EntityManager entityManager;

    AccountsAdapter(PortalAccountRepository accounts, PortalSignInRepository signIns, EntityManager entityManager) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AccountRecord> findByIdentity(String issuer, String subject) {
        return accounts.findByIssuerAndSubject(issuer, subject).map(this::toRecord);
    }

    @Override
    public Optional<AccountRecord> findById(long accountId) {
        return accounts.findById(accountId).map(this::toRecord);
    }

    @Override
    public boolean anyWithRole(Role role) {
        return accounts.existsWithRole(role);
    }

    @Override
    public Optional<AccountRecord> findUnlinkedByEmail(EmailAddress email) {
        return accounts.findByEmailAndIssuerIsNull(email.toString()).map(this::toRecord);
    }

    @Override
    public void linkIdentity(long accountId, String issuer, String subject) {
        accounts.getReferenceById(accountId).linkIdentity(issuer, subject);
    }

    @Override
    public void recordSignIn(long accountId, Instant at, String truncatedIp, String userAgent) {
        PortalAccountEntity account = accounts.getReferenceById(accountId);
        account.signedInAt(at);
        signIns.save(new PortalSignInEntity(accountId, account.getCustomerId(), at, truncatedIp, userAgent));
    }

    @Override
    public boolean existsByEmail(EmailAddress email) {
        return accounts.existsByEmail(email.toString());
    }

    @Override
    public long create(EmailAddress email, String displayName, Set<Role> roles, Instant at) {
        return accounts.save(new PortalAccountEntity(email, displayName, roles, null, at)).getId();
    }

    @Override
    public List<AccountSummary> list(int offset, int limit) {
        List<PortalAccountEntity> page = accounts.findAllByOrderByEmailAsc(OffsetLimit.of(offset, limit));
        Map<Long, String> numbers = customerNumbers(page.stream().map(PortalAccountEntity::getCustomerId)
                .filter(id -> id != null).collect(Collectors.toSet()));
        return page.stream()
                .map(a -> new AccountSummary(a.getEmail(), a.getDisplayName(), a.getRoles(), a.getStatus(),
                        a.getCustomerId() == null ? null : numbers.get(a.getCustomerId()), a.getIssuer() != null, a.getLastSignInAt()))
                .toList();
    }

    @Override
    public long count() {
        return accounts.count();
    }

    private AccountRecord toRecord(PortalAccountEntity account) {
        String number = account.getCustomerId() == null ? null : customerNumbers(Set.of(account.getCustomerId()))
                .get(account.getCustomerId());
        return new AccountRecord(account.getId(), account.getEmail(), account.getDisplayName(), account.getStatus(),
                account.getRoles(), account.getCustomerId(), number);
    }

    private Map<Long, String> customerNumbers(Set<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select c.id, c.customerNumber from CustomerEntity c where c.id in :ids", Object[].class)
                .setParameter("ids", customerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
