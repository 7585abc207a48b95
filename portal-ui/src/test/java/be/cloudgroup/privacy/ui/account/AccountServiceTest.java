package be.cloudgroup.privacy.ui.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountChangeRefusedException;
import be.cloudgroup.privacy.account.AccountNotFoundException;
import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountRefusal;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.ChangeReason;
import be.cloudgroup.privacy.account.InviteCommand;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.account.SignInService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Account administration against the real database and SMTP server: every guardrail, audit, sessions, invitations. */
class AccountServiceTest extends PortalTest {

    static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]{43})");
    private static final String ISSUER = "https://idp.example.org/realms/accounts";
    private static final ChangeReason REASON = ChangeReason.valueOf("ticket 4711");

    @Autowired
    private AccountService accounts;

    @Autowired
    private SignInService signIn;

    private AccountPrincipal admin;

    @BeforeEach
    void signedInAdmin() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
        admin = data.staffPrincipal(Role.ADMIN);
        runAs(admin);
    }

    @Test
    void an_admin_cannot_lock_disable_demote_or_unlink_themself() {
        String me = data.publicId(admin.accountId());
        data.update("UPDATE portal_account SET issuer = ?, subject = ? WHERE id = ?", ISSUER, "me", admin.accountId());

        assertRefused(() -> accounts.lock(me, REASON), AccountRefusal.SELF_LOCK);
        assertRefused(() -> accounts.disable(me, REASON), AccountRefusal.SELF_DISABLE);
        assertRefused(() -> accounts.changeRoles(me, Set.of(Role.SUPPORT), REASON), AccountRefusal.SELF_DEMOTE);
        assertRefused(() -> accounts.unlinkIdentity(me, REASON), AccountRefusal.SELF_UNLINK);

        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND status = 'ACTIVE' AND issuer IS NOT NULL",
                        admin.accountId()))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account_role WHERE account_id = ? AND role = 'ADMIN'",
                        admin.accountId()))
                .isEqualTo(1);
        assertThat(auditEvents(admin.accountId()))
                .as("a refusal changes nothing, so records nothing")
                .isZero();
    }

    @Test
    void the_last_active_admin_cannot_lose_the_role() {
        long other = data.account(
                "other-admin-" + admin.accountId() + "@example.org",
                "Other Admin",
                AccountStatus.ACTIVE,
                null,
                Role.ADMIN);
        // every other admin is inactive: the one the acting admin's session still names was just locked
        Set<Long> activeAdmins = Set.copyOf(data.ids("SELECT a.id FROM portal_account a JOIN portal_account_role r"
                + " ON r.account_id = a.id WHERE r.role = 'ADMIN' AND a.status = 'ACTIVE' AND a.id <> " + other));
        activeAdmins.forEach(id -> data.update("UPDATE portal_account SET status = 'LOCKED' WHERE id = ?", id));
        try {
            String last = data.publicId(other);
            assertRefused(() -> accounts.changeRoles(last, Set.of(Role.SUPPORT), REASON), AccountRefusal.LAST_ADMIN);
            assertRefused(() -> accounts.lock(last, REASON), AccountRefusal.LAST_ADMIN);
            assertRefused(() -> accounts.disable(last, REASON), AccountRefusal.LAST_ADMIN);
        } finally {
            activeAdmins.forEach(id -> data.update("UPDATE portal_account SET status = 'ACTIVE' WHERE id = ?", id));
        }
        accounts.changeRoles(data.publicId(other), Set.of(Role.SUPPORT), REASON);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account_role WHERE account_id = ?", other))
                .isEqualTo(1);
    }

    @Test
    void a_staff_account_is_never_linked_to_a_customer_record() {
        Customer customer = data.customer("Stef", "Staff");
        long customerAccount =
                data.account(customer.email(), "Stef Staff", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);

        assertRefused(
                () -> accounts.changeRoles(data.publicId(customerAccount), Set.of(Role.CUSTOMER, Role.SUPPORT), REASON),
                AccountRefusal.STAFF_WITH_CUSTOMER);
        Customer other = data.customer("Olga", "Other");
        assertRefused(
                () -> accounts.invite(new InviteCommand(
                        EmailAddress.valueOf("olga.staff@example.org"),
                        "Olga",
                        Set.of(Role.SUPPORT),
                        CustomerNumber.valueOf(other.customerNumber()),
                        Language.EN,
                        REASON)),
                AccountRefusal.STAFF_WITH_CUSTOMER);
        assertRefused(
                () -> accounts.invite(new InviteCommand(
                        EmailAddress.valueOf("olga.staff@example.org"),
                        "Olga",
                        Set.of(Role.CUSTOMER),
                        null,
                        Language.EN,
                        REASON)),
                AccountRefusal.CUSTOMER_WITHOUT_CUSTOMER);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE email = 'olga.staff@example.org'"))
                .isZero();
        assertThat(smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void locking_ends_the_accounts_open_sessions_and_is_audited_with_old_and_new_values_reason_and_actor() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        runAs(support);
        assertThat(signIn.checkSession("session-one", "198.51.100.7", "Firefox"))
                .isEmpty();
        runAs(admin);
        assertThat(accounts.account(data.publicId(support.accountId()))
                        .orElseThrow()
                        .openSessions())
                .hasSize(1);

        accounts.lock(data.publicId(support.accountId()), REASON);

        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND status = 'LOCKED'", support.accountId()))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_session WHERE account_id = ? AND ended_at IS NOT NULL"
                                + " AND end_reason = 'LOCKED'",
                        support.accountId()))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND target_type = 'account'"
                                + " AND target_id = ? AND actor_account_id = ? AND JSON_VALUE(details, '$.status') = 'ACTIVE → LOCKED'"
                                + " AND JSON_VALUE(details, '$.reason') = 'ticket 4711'",
                        Long.toString(support.accountId()),
                        admin.accountId()))
                .isEqualTo(1);
        runAs(support);
        assertThat(signIn.checkSession("session-one", "198.51.100.7", "Firefox"))
                .contains(Reason.LOCKED);
        runAs(admin);

        accounts.unlock(data.publicId(support.accountId()), REASON);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_UNLOCKED' AND target_id = ?"
                                + " AND JSON_VALUE(details, '$.status') = 'LOCKED → ACTIVE'",
                        Long.toString(support.accountId())))
                .isEqualTo(1);
        assertRefused(() -> accounts.unlock(data.publicId(support.accountId()), REASON), AccountRefusal.NOT_LOCKED);
    }

    @Test
    void a_role_change_ends_the_sessions_opened_with_the_old_roles() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        runAs(support);
        signIn.checkSession("session-roles", "198.51.100.7", "Firefox");
        runAs(admin);

        accounts.changeRoles(data.publicId(support.accountId()), Set.of(Role.SUPPORT, Role.ADMIN), REASON);

        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ROLES_CHANGED' AND target_id = ?"
                                + " AND JSON_VALUE(details, '$.roles') = 'SUPPORT → SUPPORT, ADMIN'",
                        Long.toString(support.accountId())))
                .isEqualTo(1);
        runAs(support);
        assertThat(signIn.checkSession("session-roles", "198.51.100.7", "Firefox"))
                .isPresent();
    }

    @Test
    void disabling_is_for_good_until_an_admin_enables_the_account_again() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        String id = data.publicId(support.accountId());

        accounts.disable(id, REASON);
        assertRefused(() -> accounts.lock(id, REASON), AccountRefusal.NOT_ACTIVE);
        assertRefused(() -> accounts.disable(id, REASON), AccountRefusal.ALREADY_DISABLED);
        accounts.reenable(id, REASON);

        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND status = 'ACTIVE'", support.accountId()))
                .isEqualTo(1);
        assertThat(auditEvents(support.accountId())).isEqualTo(2);
    }

    @Test
    void sign_out_everywhere_ends_every_open_session_of_the_account() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        runAs(support);
        signIn.checkSession("laptop", "198.51.100.7", "Firefox");
        signIn.checkSession("phone", "203.0.113.9", "Safari");
        runAs(admin);

        assertThat(accounts.signOutEverywhere(data.publicId(support.accountId()), REASON))
                .isEqualTo(2);

        runAs(support);
        assertThat(signIn.checkSession("laptop", "198.51.100.7", "Firefox")).contains(Reason.SESSION_ENDED);
        assertThat(signIn.checkSession("phone", "203.0.113.9", "Safari")).contains(Reason.SESSION_ENDED);
        runAs(admin);
        assertThat(accounts.account(data.publicId(support.accountId()))
                        .orElseThrow()
                        .openSessions())
                .isEmpty();
    }

    @Test
    void an_invitation_links_the_identity_that_signs_in_through_it_once_and_only_it() throws Exception {
        String publicId = accounts.invite(new InviteCommand(
                EmailAddress.valueOf("nora.new@example.org"),
                "Nora New",
                Set.of(Role.SUPPORT),
                null,
                Language.FR,
                REASON));
        long account = data.adoptAccount("nora.new@example.org");
        assertThat(data.publicId(account)).isEqualTo(publicId);
        MimeMessage mail = smtp().getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("nora.new@example.org");
        assertThat(mail.getSubject()).isEqualTo("Votre invitation au portail de confidentialité de Cloud Group");
        String token = token(GreenMailUtil.getBody(mail));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM account_invitation WHERE account_id = ? AND token_hash <> ?"
                                + " AND expires_at > NOW() + INTERVAL 6 DAY",
                        account,
                        token))
                .isEqualTo(1);

        SignInResult byEmail =
                signIn.signIn(new SignInCommand(ISSUER, "nora", "nora.new@example.org", true, null, null));
        SignInResult accepted =
                signIn.signIn(new SignInCommand(ISSUER, "nora", "nora@elsewhere.example", true, null, null, token));
        SignInResult again = signIn.signIn(new SignInCommand(ISSUER, "mallory", null, false, null, null, token));

        assertThat(byEmail)
                .as("an invited account links only through its invitation")
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCOUNT));
        assertThat(accepted)
                .isInstanceOfSatisfying(
                        SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.principal().accountId()).isEqualTo(account));
        assertThat(again).isEqualTo(new SignInResult.Refused(Reason.INVITATION_INVALID));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE target_id = ? AND action IN"
                                + " ('ACCOUNT_INVITED', 'INVITATION_ACCEPTED', 'IDENTITY_LINKED')",
                        Long.toString(account)))
                .isEqualTo(3);
        assertThat(accounts.account(publicId).orElseThrow().identity()).hasValueSatisfying(identity -> {
            assertThat(identity.issuer()).isEqualTo(ISSUER);
            assertThat(identity.subject()).isEqualTo("nora");
        });
    }

    @Test
    void an_expired_invitation_is_refused() throws Exception {
        accounts.invite(new InviteCommand(
                EmailAddress.valueOf("late.larry@example.org"),
                "Larry Late",
                Set.of(Role.SUPPORT),
                null,
                Language.EN,
                REASON));
        long account = data.adoptAccount("late.larry@example.org");
        String token = token(GreenMailUtil.getBody(smtp().getReceivedMessages()[0]));
        data.update(
                "UPDATE account_invitation SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE account_id = ?", account);

        assertThat(signIn.invitationUsable(token)).isFalse();
        assertThat(signIn.signIn(new SignInCommand(ISSUER, "larry", null, false, null, null, token)))
                .isEqualTo(new SignInResult.Refused(Reason.INVITATION_INVALID));
    }

    @Test
    void an_unlinked_identity_no_longer_signs_in_and_a_new_invitation_links_another() throws Exception {
        accounts.invite(new InviteCommand(
                EmailAddress.valueOf("ivo.idp@example.org"),
                "Ivo Idp",
                Set.of(Role.SUPPORT),
                null,
                Language.NL,
                REASON));
        long account = data.adoptAccount("ivo.idp@example.org");
        String first = token(GreenMailUtil.getBody(smtp().getReceivedMessages()[0]));
        signIn.signIn(new SignInCommand(ISSUER, "old-idp-subject", null, false, null, null, first));
        String publicId = data.publicId(account);

        accounts.unlinkIdentity(publicId, REASON);
        accounts.reinvite(publicId, Language.DE, REASON);
        String second = token(GreenMailUtil.getBody(smtp().getReceivedMessages()[1]));

        assertThat(signIn.signIn(new SignInCommand(ISSUER, "old-idp-subject", null, false, null, null)))
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCOUNT));
        assertThat(signIn.signIn(new SignInCommand(
                        "https://new-idp.example.org", "new-subject", null, false, null, null, second)))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(smtp().getReceivedMessages()[1].getSubject())
                .isEqualTo("Ihre Einladung zum Datenschutzportal von Cloud Group");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE target_id = ? AND action = 'IDENTITY_UNLINKED'"
                                + " AND JSON_VALUE(details, '$.reason') = 'ticket 4711'",
                        Long.toString(account)))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_public_id_is_not_found() {
        assertThat(accounts.account("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThat(accounts.account("1")).isEmpty();
        assertThatThrownBy(() -> accounts.lock("00000000-0000-0000-0000-000000000000", REASON))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void only_admins_manage_accounts() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        runAs(support);

        assertThatThrownBy(() -> accounts.lock(data.publicId(admin.accountId()), REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.account(data.publicId(admin.accountId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static String token(String body) {
        Matcher link = INVITATION_LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("an invitation link in: " + body).isTrue();
        return link.group(1);
    }

    private long auditEvents(long accountId) {
        return data.count(
                "SELECT COUNT(*) FROM audit_event WHERE target_type = 'account' AND target_id = ?",
                Long.toString(accountId));
    }

    private static void assertRefused(ThrowingCallable change, AccountRefusal refusal) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(
                        AccountChangeRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(refusal));
    }
}
