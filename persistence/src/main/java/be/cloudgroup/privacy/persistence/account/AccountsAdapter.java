package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountQuery;
import be.cloudgroup.privacy.account.AccountRecord;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.Accounts;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.persistence.audit.AuditDetails;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Accounts as entities where an admin or a sign-in changes one; the admin's list, an account's
 * sign-ins and audit events as plain SQL ({@link AccountListSql}), because the list's filters and
 * order are chosen at run time and the screens need columns, not entities.
 */
@Component
class AccountsAdapter implements Accounts {

    private final PortalAccountRepository accounts;
    private final PortalSignInRepository signIns;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    AccountsAdapter(
            PortalAccountRepository accounts,
            PortalSignInRepository signIns,
            EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
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
        return create(email, displayName, roles, null, at);
    }

    @Override
    public long create(EmailAddress email, String displayName, Set<Role> roles, Long customerId, Instant at) {
        return accounts.save(new PortalAccountEntity(email, displayName, roles, customerId, at))
                .getId();
    }

    @Override
    public List<AccountSummary> list(AccountQuery query, int offset, int limit) {
        AccountListSql sql = new AccountListSql(query);
        List<Object> arguments = new ArrayList<>(sql.arguments());
        arguments.add(limit);
        arguments.add(offset);
        record Row(
                long id,
                String publicId,
                String email,
                String displayName,
                AccountStatus status,
                String number,
                boolean linked,
                Instant lastSignInAt) {}
        List<Row> rows = jdbc.query(
                sql.page(),
                (rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getString("public_id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        AccountStatus.valueOf(rs.getString("status")),
                        rs.getString("customer_number"),
                        rs.getBoolean("linked"),
                        UtcTime.read(rs, "last_sign_in_at")),
                arguments.toArray());
        Map<Long, Set<Role>> roles = roles(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> new AccountSummary(
                        row.publicId(),
                        row.email(),
                        row.displayName(),
                        roles.getOrDefault(row.id(), Set.of()),
                        row.status(),
                        row.number(),
                        row.linked(),
                        row.lastSignInAt()))
                .toList();
    }

    @Override
    public long count(AccountQuery query) {
        AccountListSql sql = new AccountListSql(query);
        return jdbc.queryForObject(sql.count(), Long.class, sql.arguments().toArray());
    }

    @Override
    public Optional<AccountRecord> findByPublicId(String publicId) {
        if (publicId == null || publicId.length() != 36) {
            return Optional.empty();
        }
        return accounts.findByPublicId(publicId).map(this::toRecord);
    }

    @Override
    public String publicIdOf(long accountId) {
        return accounts.getReferenceById(accountId).getPublicId();
    }

    @Override
    public Instant createdAt(long accountId) {
        return accounts.getReferenceById(accountId).getCreatedAt();
    }

    @Override
    public Optional<AccountDetails.Identity> identityOf(long accountId) {
        PortalAccountEntity account = accounts.getReferenceById(accountId);
        return account.getIssuer() == null
                ? Optional.empty()
                : Optional.of(new AccountDetails.Identity(account.getIssuer(), account.getSubject()));
    }

    @Override
    public int countActiveAdminsForUpdate() {
        return jdbc.queryForList("""
                SELECT a.id FROM portal_account a JOIN portal_account_role r ON r.account_id = a.id
                WHERE r.role = 'ADMIN' AND a.status = 'ACTIVE' FOR UPDATE""", Long.class).size();
    }

    @Override
    public boolean customerHasAccount(long customerId) {
        return accounts.existsByCustomerId(customerId);
    }

    @Override
    public void changeStatus(long accountId, AccountStatus status) {
        accounts.getReferenceById(accountId).changeStatus(status);
    }

    @Override
    public void changeRoles(long accountId, Set<Role> roles) {
        accounts.getReferenceById(accountId).changeRoles(roles);
    }

    @Override
    public void unlinkIdentity(long accountId) {
        accounts.getReferenceById(accountId).unlinkIdentity();
    }

    @Override
    public List<AccountDetails.SignIn> signIns(long accountId, int limit) {
        return jdbc.query(
                """
                SELECT signed_in_at, ip_truncated, user_agent FROM portal_sign_in WHERE account_id = ?
                ORDER BY signed_in_at DESC LIMIT ?""",
                (rs, i) -> new AccountDetails.SignIn(UtcTime.read(rs, 1), rs.getString(2), rs.getString(3)),
                accountId,
                limit);
    }

    @Override
    public List<AccountDetails.Event> events(long accountId, int limit) {
        List<AccountDetails.Event> events = new ArrayList<>();
        jdbc.query(
                """
                SELECT occurred_at, actor_name, action, details FROM audit_event
                WHERE target_type = 'account' AND target_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?""",
                (RowCallbackHandler) rs -> {
                    Optional<AuditAction> action = action(rs.getString(3));
                    if (action.isPresent()) {
                        events.add(new AccountDetails.Event(
                                UtcTime.read(rs, 1),
                                rs.getString(2),
                                action.get(),
                                AuditDetails.read(rs.getString(4))));
                    }
                },
                Long.toString(accountId),
                limit);
        return events;
    }

    private Map<Long, Set<Role>> roles(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        String in = accountIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.query(
                "SELECT account_id, role FROM portal_account_role WHERE account_id IN (" + in + ")",
                (RowCallbackHandler) rs -> {
                    roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                },
                accountIds.toArray());
        return roles;
    }

    private static Optional<AuditAction> action(String name) {
        try {
            return Optional.of(AuditAction.valueOf(name));
        } catch (IllegalArgumentException e) {
            // written by a newer version of the portal: not shown here
            return Optional.empty();
        }
    }

    private AccountRecord toRecord(PortalAccountEntity account) {
        String number = account.getCustomerId() == null
                ? null
                : customerNumbers(Set.of(account.getCustomerId())).get(account.getCustomerId());
        return new AccountRecord(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getStatus(),
                account.getRoles(),
                account.getCustomerId(),
                number);
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
