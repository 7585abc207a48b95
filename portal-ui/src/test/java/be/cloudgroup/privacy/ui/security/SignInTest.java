package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.account.SignInService;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in against the real database: linking, refusals, what is stored and audited. */
class SignInTest extends PortalTest {

    private static final String ISSUER = "https://idp.example.org/realms/test";

    @Autowired
    private SignInService signIn;

    @Test
    void a_first_sign_in_with_a_verified_email_links_the_identity_to_the_pre_created_account() {
        Customer customer = data.customer("Lien", "Linked");
        long account =
                data.account(customer.email(), "Lien Linked", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);

        SignInResult result = signIn.signIn(command("subject-1", customer.email(), true));

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.principal().accountId()).isEqualTo(account);
            assertThat(signedIn.principal().customerNumber()).isEqualTo(customer.customerNumber());
            assertThat(signedIn.principal().roles()).containsExactly(Role.CUSTOMER);
        });
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND issuer = ? AND subject = ?",
                        account,
                        ISSUER,
                        "subject-1"))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND action = 'IDENTITY_LINKED'"
                                + " AND subject_customer_id = ?",
                        account,
                        customer.id()))
                .isEqualTo(1);
    }

    @Test
    void later_sign_ins_find_the_account_by_issuer_and_subject_not_by_email() {
        Customer customer = data.customer("Sam", "Subject");
        data.account(customer.email(), "Sam Subject", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        signIn.signIn(command("subject-2", customer.email(), true));

        SignInResult again = signIn.signIn(command("subject-2", "changed-at-the-idp@example.org", false));
        SignInResult impostor = signIn.signIn(command("someone-else", customer.email(), true));

        assertThat(again).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(impostor).isEqualTo(new SignInResult.Refused(Reason.NO_ACCOUNT));
    }

    @Test
    void an_unverified_email_never_links_an_account() {
        Customer customer = data.customer("Uma", "Unverified");
        data.account(customer.email(), "Uma Unverified", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);

        assertThat(signIn.signIn(command("subject-3", customer.email(), false)))
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCOUNT));
    }

    @Test
    void an_unknown_identity_has_no_account() {
        assertThat(signIn.signIn(command("stranger", "stranger@example.org", true)))
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCOUNT));
    }

    @Test
    void locked_and_disabled_accounts_are_refused_and_the_attempt_is_audited() {
        long locked = data.account("locked@example.org", "Locked", AccountStatus.LOCKED, null, Role.SUPPORT);
        data.account("disabled@example.org", "Disabled", AccountStatus.DISABLED, null, Role.ADMIN);

        assertThat(signIn.signIn(command("subject-4", "locked@example.org", true)))
                .isEqualTo(new SignInResult.Refused(Reason.LOCKED));
        assertThat(signIn.signIn(command("subject-5", "disabled@example.org", true)))
                .isEqualTo(new SignInResult.Refused(Reason.DISABLED));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND action = 'SIGN_IN_REFUSED'",
                        locked))
                .isEqualTo(1);
        assertThat(data.count("SELECT COUNT(*) FROM portal_sign_in WHERE account_id = ?", locked))
                .isZero();
    }

    @Test
    void a_locked_account_is_never_linked_to_the_identity_that_tried() {
        long locked = data.account("locked-unlinked@example.org", "Locked", AccountStatus.LOCKED, null, Role.SUPPORT);

        signIn.signIn(command("subject-7", "locked-unlinked@example.org", true));

        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE id = ? AND issuer IS NULL", locked))
                .isEqualTo(1);
    }

    @Test
    void accounts_that_give_no_access_are_refused() {
        data.account("no-role@example.org", "No Role", AccountStatus.ACTIVE, null);
        data.account("customer-without-customer@example.org", "Nobody", AccountStatus.ACTIVE, null, Role.CUSTOMER);

        assertThat(signIn.signIn(command("subject-8", "no-role@example.org", true)))
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCESS));
        assertThat(signIn.signIn(command("subject-9", "customer-without-customer@example.org", true)))
                .isEqualTo(new SignInResult.Refused(Reason.NO_ACCESS));
    }

    @Test
    void an_open_session_ends_when_its_account_is_locked_or_its_roles_change() {
        Customer customer = data.customer("Sien", "Session");
        long account =
                data.account(customer.email(), "Sien Session", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        SignInResult.SignedIn session =
                (SignInResult.SignedIn) signIn.signIn(command("subject-10", customer.email(), true));
        runAs(session.principal());

        assertThat(signIn.sessionRefusal()).isEmpty();
        data.update("UPDATE portal_account_role SET role = 'SUPPORT' WHERE account_id = ?", account);
        assertThat(signIn.sessionRefusal()).contains(Reason.ROLES_CHANGED);
        data.update("UPDATE portal_account SET status = 'LOCKED' WHERE id = ?", account);
        assertThat(signIn.sessionRefusal()).contains(Reason.LOCKED);
    }

    @Test
    void a_sign_in_stores_a_truncated_ip_and_is_audited_with_its_actor() {
        Customer customer = data.customer("Ivo", "Ip");
        long account = data.account(customer.email(), "Ivo Ip", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);

        signIn.signIn(command("subject-6", customer.email(), true));

        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_sign_in WHERE account_id = ? AND customer_id = ?"
                                + " AND ip_truncated = '203.0.113.0' AND user_agent = 'Test browser'",
                        account,
                        customer.id()))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND actor_name = 'Ivo Ip'"
                                + " AND action = 'SIGN_IN' AND subject_customer_id = ?",
                        account,
                        customer.id()))
                .isEqualTo(1);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND last_sign_in_at IS NOT NULL", account))
                .isEqualTo(1);
    }

    @Test
    void the_identity_providers_back_channel_logout_ends_every_open_session_of_the_linked_account_only() {
        Customer customer = data.customer("Bea", "Backchannel");
        data.account(customer.email(), "Bea Backchannel", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        SignInResult.SignedIn session =
                (SignInResult.SignedIn) signIn.signIn(command("subject-11", customer.email(), true));
        runAs(session.principal());
        assertThat(signIn.checkSession("session-on-instance-a", "203.0.113.1", "Browser A"))
                .isEmpty();
        assertThat(signIn.checkSession("session-on-instance-b", "203.0.113.2", "Browser B"))
                .isEmpty();

        assertThat(signIn.endSessionsOfIdentity("https://other-idp.example.org", "subject-11"))
                .isZero();
        assertThat(signIn.endSessionsOfIdentity(ISSUER, "subject-11")).isEqualTo(2);

        assertThat(signIn.checkSession("session-on-instance-a", "203.0.113.1", "Browser A"))
                .contains(Reason.SESSION_ENDED);
        assertThat(signIn.checkSession("session-on-instance-b", "203.0.113.2", "Browser B"))
                .contains(Reason.SESSION_ENDED);
    }

    @Test
    void an_identity_without_issuer_or_subject_is_rejected() {
        assertThatThrownBy(() -> new SignInCommand(ISSUER, " ", "a@example.org", true, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "validation.sign-in.identity");
    }

    private static SignInCommand command(String subject, String email, boolean verified) {
        return new SignInCommand(ISSUER, subject, email, verified, "203.0.113.77", "Test browser");
    }
}
