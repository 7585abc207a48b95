package be.cloudgroup.privacy.ui;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Builds the rows a test needs straight in the database (customers come from the CRM in real
 * life, so the portal has no service to create them) and deletes everything it made.
 */
@TestComponent
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(9_000_000);

    private final JdbcTemplate jdbc;
    private final List<Long> customers = new ArrayList<>();
    private final List<Long> accounts = new ArrayList<>();

    public TestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Customer(long id, String customerNumber, String email, String lastName) {}

    /** A private customer in Gent (mobile +32470123456) with the given names and a unique number and e-mail. */
    public Customer customer(String firstName, String lastName) {
        int sequence = SEQUENCE.incrementAndGet();
        CustomerRow row = CustomerRow.aPrivateCustomer(
                        CustomerNumber.of(sequence),
                        PersonName.valueOf(firstName, lastName),
                        EmailAddress.valueOf("test" + sequence + "@example.org"))
                .mobile(PhoneNumber.valueOf("+32470123456"))
                .createdAt(Instant.now());
        long id = jdbc.execute((ConnectionCallback<Long>) row::insert);
        customers.add(id);
        return new Customer(
                id, row.number().toString(), row.email().toString(), row.name().last());
    }

    public void contract(Customer customer, String product, boolean active) {
        jdbc.update(
                """
                INSERT INTO contract (customer_id, contract_number, product, start_date, end_date, status)
                VALUES (?, ?, ?, ?, ?, ?)""",
                customer.id(),
                "C" + SEQUENCE.incrementAndGet(),
                product,
                LocalDate.now().minusYears(2),
                active ? null : LocalDate.now().minusMonths(1),
                active ? "ACTIVE" : "ENDED");
    }

    public void invoice(Customer customer, LocalDate issued) {
        jdbc.update("""
                INSERT INTO invoice (customer_id, invoice_number, issue_date, due_date, amount_cents, currency, status)
                VALUES (?, ?, ?, ?, 4599, 'EUR', 'PAID')""", customer.id(), "F" + SEQUENCE.incrementAndGet(), issued, issued.plusDays(30));
    }

    /** An account that no identity has claimed yet. */
    public long account(String email, String displayName, AccountStatus status, Long customerId, Role... roles) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement("""
                    INSERT INTO portal_account (email, display_name, customer_id, status, created_at, version)
                    VALUES (?, ?, ?, ?, ?, 0)""", new String[] {"id"});
                    insert.setString(1, email);
                    insert.setString(2, displayName);
                    insert.setObject(3, customerId);
                    insert.setString(4, status.name());
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        for (Role role : roles) {
            jdbc.update("INSERT INTO portal_account_role (account_id, role) VALUES (?, ?)", id, role.name());
        }
        accounts.add(id);
        return id;
    }

    /** A signed-in principal for a customer, as the OIDC sign-in would produce it. */
    public AccountPrincipal customerPrincipal(Customer customer) {
        long account = account(
                customer.email(), "Test " + customer.lastName(), AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        return new AccountPrincipal(
                account,
                "Test " + customer.lastName(),
                Set.of(Role.CUSTOMER),
                customer.id(),
                customer.customerNumber());
    }

    public AccountPrincipal staffPrincipal(Role role) {
        String email = role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "@example.org";
        long account = account(email, "Staff " + role.name(), AccountStatus.ACTIVE, null, role);
        return new AccountPrincipal(account, "Staff " + role.name(), Set.of(role), null, null);
    }

    /** Takes an account the application created (e.g. by invitation) into this fixture's clean-up; returns its id. */
    public long adoptAccount(String email) {
        long id = jdbc.queryForObject("SELECT id FROM portal_account WHERE email = ?", Long.class, email);
        accounts.add(id);
        return id;
    }

    /** The public id of an account, as addresses use it. */
    public String publicId(long accountId) {
        return jdbc.queryForObject("SELECT public_id FROM portal_account WHERE id = ?", String.class, accountId);
    }

    public void update(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    public String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    public List<Long> ids(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args);
    }

    public long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Deletes every row this fixture made, and the sign-ins and audit events about them. */
    public void cleanUp() {
        for (Long account : accounts) {
            jdbc.update("DELETE FROM portal_session WHERE account_id = ?", account);
            jdbc.update("DELETE FROM account_invitation WHERE account_id = ?", account);
            jdbc.update("DELETE FROM audit_event WHERE target_type = 'account' AND target_id = ?", account.toString());
            jdbc.update("DELETE FROM portal_sign_in WHERE account_id = ?", account);
            jdbc.update("DELETE FROM audit_event WHERE actor_account_id = ?", account);
            jdbc.update("DELETE FROM portal_account_role WHERE account_id = ?", account);
            jdbc.update("DELETE FROM portal_account WHERE id = ?", account);
        }
        for (Long customer : customers) {
            jdbc.update("DELETE FROM audit_event WHERE subject_customer_id = ?", customer);
            for (String table : List.of(
                    "invoice",
                    "contract",
                    "service_ticket",
                    "communication",
                    "campaign_enrolment",
                    "intake_conflict",
                    "intake_customer_import")) {
                jdbc.update("DELETE FROM " + table + " WHERE customer_id = ?", customer);
            }
            jdbc.update("DELETE FROM customer WHERE id = ?", customer);
        }
        accounts.clear();
        customers.clear();
        removeCampaigns();
    }

    /** A paid invoice of 45.99 EUR, paid by direct debit from the given masked account; returns its number. */
    public String paidInvoice(Customer customer, LocalDate issued, String maskedAccount) {
        String number = "F" + SEQUENCE.incrementAndGet();
        jdbc.update("""
                INSERT INTO invoice (customer_id, invoice_number, issue_date, due_date, amount_cents, currency, status,
                  paid_on, payment_method, masked_account)
                VALUES (?, ?, ?, ?, 4599, 'EUR', 'PAID', ?, 'DIRECT_DEBIT', ?)""", customer.id(), number, issued, issued.plusDays(30), issued.plusDays(10), maskedAccount);
        return number;
    }

    /** {@code count} open invoices, one a day back from today, inserted in one batch. */
    public void invoices(Customer customer, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate issued = LocalDate.now().minusDays(i);
            rows.add(new Object[] {customer.id(), "F" + SEQUENCE.incrementAndGet(), issued, issued.plusDays(30)});
        }
        jdbc.batchUpdate("""
                INSERT INTO invoice (customer_id, invoice_number, issue_date, due_date, amount_cents, currency, status)
                VALUES (?, ?, ?, ?, 1999, 'EUR', 'OPEN')""", rows);
    }

    /** An open service ticket with the given subject; returns its number. */
    public String ticket(Customer customer, String subject) {
        String number = "T" + SEQUENCE.incrementAndGet();
        jdbc.update("""
                INSERT INTO service_ticket (customer_id, ticket_number, opened_at, channel, subject, status)
                VALUES (?, ?, ?, 'PHONE', ?, 'OPEN')""", customer.id(), number, Timestamp.from(Instant.now()), subject);
        return number;
    }

    /** A service message sent by e-mail with the given subject. */
    public void communication(Customer customer, String subject) {
        jdbc.update("""
                INSERT INTO communication (customer_id, sent_at, channel, kind, subject)
                VALUES (?, ?, 'EMAIL', 'SERVICE_MESSAGE', ?)""", customer.id(), Timestamp.from(Instant.now()), subject);
    }

    private final List<Long> campaigns = new ArrayList<>();

    /** Enrols the customer in a new nurturing campaign of that name, running over the given period. */
    public void campaignEnrolment(Customer customer, String campaignName, LocalDate startsOn, LocalDate endsOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement("""
                    INSERT INTO marketing_campaign (code, name, purpose_code, starts_on, ends_on)
                    VALUES (?, ?, 'NURTURING', ?, ?)""", new String[] {"id"});
                    insert.setString(1, "TC" + SEQUENCE.incrementAndGet());
                    insert.setString(2, campaignName);
                    insert.setObject(3, startsOn);
                    insert.setObject(4, endsOn);
                    return insert;
                },
                key);
        long campaign = key.getKey().longValue();
        campaigns.add(campaign);
        jdbc.update("""
                INSERT INTO campaign_enrolment (customer_id, campaign_id, enrolled_on, ends_on)
                VALUES (?, ?, ?, ?)""", customer.id(), campaign, startsOn, endsOn);
    }

    /**
     * The customer's yes or no to a topic through a channel (e.g. NEWSLETTER, EMAIL), as an entry in
     * the consent ledger (removed with the customer: the ledger's foreign key cascades).
     */
    public void subscription(Customer customer, String topic, String channel, boolean subscribed) {
        jdbc.update(
                """
                INSERT INTO consent_decision (customer_id, subject, decision, decided_at, policy_version, means,
                  actor_name)
                VALUES (?, ?, ?, ?, 1, 'MIGRATED', 'The portal')""",
                customer.id(),
                "TOPIC:" + topic + ":" + channel,
                subscribed ? "GIVEN" : "WITHDRAWN",
                LocalDateTime.now(ZoneOffset.UTC));
    }

    /** An open portal session of the account, seen just now (removed with the account). */
    public void portalSession(AccountPrincipal account, String ipTruncated, String userAgent) {
        jdbc.update("""
                INSERT INTO portal_session (account_id, key_hash, started_at, last_seen_at, ip_truncated, user_agent)
                VALUES (?, SHA2(UUID(), 256), UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE, UTC_TIMESTAMP(6), ?, ?)""", account.accountId(), ipTruncated, userAgent);
    }

    /** A recorded portal sign-in of the account (removed with the account). */
    public void signInRecord(AccountPrincipal account, Instant at, String ipTruncated, String userAgent) {
        jdbc.update("""
                INSERT INTO portal_sign_in (account_id, customer_id, signed_in_at, ip_truncated, user_agent)
                VALUES (?, ?, ?, ?, ?)""", account.accountId(), account.customerId(), Timestamp.from(at), ipTruncated, userAgent);
    }

    private void removeCampaigns() {
        for (Long campaign : campaigns) {
            jdbc.update("DELETE FROM marketing_campaign WHERE id = ?", campaign);
        }
        campaigns.clear();
    }

    /** An audit event about the customer (activity tests), as the Auditor would have written it. */
    public void auditEvent(
            Customer subject, Instant at, Long actorAccountId, String actorName, String action, String detailsJson) {
        jdbc.update(
                """
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details) VALUES (?, ?, ?, ?, ?, 'customer', ?, ?)""",
                java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC),
                actorAccountId,
                actorName,
                subject.id(),
                action,
                subject.customerNumber(),
                detailsJson);
    }

    /** A portal sign-in row plus its SIGN_IN audit event, as SignInService writes them. */
    public void signInEvent(Customer subject, AccountPrincipal account, Instant at, String ip, String userAgent) {
        jdbc.update(
                """
                INSERT INTO portal_sign_in (account_id, customer_id, signed_in_at, ip_truncated, user_agent)
                VALUES (?, ?, ?, ?, ?)""",
                account.accountId(),
                subject.id(),
                java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC),
                ip,
                userAgent);
        auditEvent(
                subject,
                at.plusMillis(1),
                account.accountId(),
                account.displayName(),
                "SIGN_IN",
                "{\"ip\":\"" + ip + "\"}");
    }

    /**
     * Removes the statement versions a test published (everything after version 1, with their
     * texts and acknowledgements), so version 1 is in force again for the next test.
     */
    public void removePublishedPolicyVersions() {
        jdbc.update("DELETE FROM policy_acknowledgement WHERE version > 1");
        jdbc.update("DELETE FROM policy_version_text WHERE version > 1");
        jdbc.update("DELETE FROM policy_version WHERE version > 1");
    }

    /** A pending change of the customer's e-mail or mobile (channel EMAIL or MOBILE) waiting for its code. */
    public void contactVerification(Customer customer, String channel, String newValue) {
        jdbc.update(
                """
                INSERT INTO contact_verification (customer_id, channel, new_value, code_hash, expires_at, attempts_left,
                  version) VALUES (?, ?, ?, 'not-a-real-hash', ?, 3, 0)""",
                customer.id(),
                channel,
                newValue,
                Timestamp.from(Instant.now().plusSeconds(600)));
    }

    /** A one-time code sent to the customer a minute ago, as the throttle records it (the target as a digest). */
    public void codeRequest(Customer customer) {
        jdbc.update("""
                INSERT INTO contact_code_request (customer_id, channel, target_digest, sent_at)
                VALUES (?, 'EMAIL', SHA2(?, 256), UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE)""", customer.id(), "new-" + customer.email());
    }

    /** A submitted rectification request with the given proposed values (JSON). */
    public void privacyRequest(Customer customer, String proposedValuesJson) {
        jdbc.update(
                """
                INSERT INTO privacy_request (customer_id, type, status, proposed_values, submitted_at, due_at, version,
                  reference, received_on, due_on)
                VALUES (?, 'RECTIFICATION', 'RECEIVED', ?, ?, ?, 0, ?, ?, ?)""",
                customer.id(),
                proposedValuesJson,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plusSeconds(30L * 24 * 3600)),
                "PR-1999-" + SEQUENCE.incrementAndGet(),
                LocalDate.now(),
                LocalDate.now().plusMonths(1));
    }

    /**
     * A customer with at least one row in every table the portal keeps about customers (the
     * download archive's completeness tests), signed in as their portal account.
     */
    public AccountPrincipal richCustomer(String lastName) {
        Customer customer = customer("Rika", lastName);
        AccountPrincipal account = customerPrincipal(customer);
        contract(customer, "Cloud PBX", true);
        contract(customer, "Mobile Unlimited", false);
        paidInvoice(customer, LocalDate.now().minusMonths(2), "BE** **** **** 4417");
        invoice(customer, LocalDate.now().minusMonths(1));
        ticket(customer, "=HYPERLINK(\"http://evil.example\")");
        ticket(customer, "Voicemail, \"urgent\"\r\nsecond line");
        communication(customer, "Your invoice <b>is ready</b>");
        campaignEnrolment(
                customer,
                "Welcome journey",
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(2));
        subscription(customer, "NEWSLETTER", "EMAIL", true);
        subscription(customer, "PRODUCT_NEWS", "SMS", false);
        signInEvent(customer, account, Instant.now().minusSeconds(3600), "192.0.2.0", "Firefox on Linux");
        auditEvent(
                customer,
                Instant.now().minusSeconds(60),
                null,
                "Support agent",
                "CONTACT_DETAILS_CORRECTED",
                "{\"field\":\"mobile\"}");
        contactVerification(customer, "EMAIL", "new-" + customer.email());
        codeRequest(customer);
        privacyRequest(customer, "{\"firstName\":\"Rika\"}");
        policyAcknowledgement(customer, account);
        pastAssistSession(customer, account);
        importConflict(customer, "street", "Korenmarkt", "Veldstraat");
        return account;
    }

    /**
     * What an import leaves when the customer changed a field in the portal and the company's
     * system changed it too: the last imported values and an open conflict.
     */
    public void importConflict(Customer customer, String field, String portalValue, String importedValue) {
        jdbc.update("""
                INSERT INTO intake_customer_import (customer_id, imported_values, imported_at) VALUES (?, ?, ?)""", customer.id(), "{\"" + field + "\":\"" + portalValue + "\"}", Timestamp.from(Instant.now()));
        jdbc.update("""
                INSERT INTO intake_conflict
                  (customer_id, field, portal_value, imported_value, file_name, line_number, detected_at)
                VALUES (?, ?, ?, ?, 'crm-export.jsonl', 1, ?)""", customer.id(), field, portalValue, importedValue, Timestamp.from(Instant.now()));
    }

    /** The customer row behind a principal made by {@link #customerPrincipal} (e.g. for the rich customer). */
    public Customer customerOf(AccountPrincipal account) {
        return jdbc.queryForObject(
                "SELECT id, customer_number, email, last_name FROM customer WHERE id = ?",
                (row, number) -> new Customer(
                        row.getLong("id"),
                        row.getString("customer_number"),
                        row.getString("email"),
                        row.getString("last_name")),
                account.customerId());
    }

    /** An ended read-only assist session on the customer by a new support account, and a used code. */
    public void pastAssistSession(Customer customer, AccountPrincipal account) {
        AccountPrincipal staff = staffPrincipal(Role.SUPPORT);
        Instant start = Instant.now().minusSeconds(7200);
        jdbc.update(
                """
                INSERT INTO assist_session (staff_account_id, staff_name, customer_id, customer_account_id, mode,
                  reason_category, reason, ticket, started_at, ends_at, ended_at, end_reason, ended_by, node)
                VALUES (?, ?, ?, ?, 'READ_ONLY', 'COMPLAINT', 'Invoice, "address"', 'T-1', ?, ?, ?, 'ENDED_BY_STAFF',
                  ?, 'test')""",
                staff.accountId(),
                staff.displayName(),
                customer.id(),
                account.accountId(),
                Timestamp.from(start),
                Timestamp.from(start.plusSeconds(900)),
                Timestamp.from(start.plusSeconds(600)),
                staff.displayName());
        jdbc.update(
                """
                INSERT INTO assist_access_code (customer_id, code_hash, created_at, expires_at, attempts_left, used_at)
                VALUES (?, 'salt$hash', ?, ?, 5, ?)""",
                customer.id(),
                Timestamp.from(start.minusSeconds(60)),
                Timestamp.from(start.plusSeconds(1740)),
                Timestamp.from(start));
    }

    /** The customer acknowledged version 1 of the privacy statement. */
    public void policyAcknowledgement(Customer customer, AccountPrincipal account) {
        jdbc.update("""
                INSERT INTO policy_acknowledgement (customer_id, version, acknowledged_at, actor_account_id, actor_name)
                VALUES (?, 1, ?, ?, ?)""", customer.id(), Timestamp.from(Instant.now()), account.accountId(), account.displayName());
    }
}
