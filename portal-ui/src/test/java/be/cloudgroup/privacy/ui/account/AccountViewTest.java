package be.cloudgroup.privacy.ui.account;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._sort;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account list, the account page and each action's dialog, over the real services and database. */
class AccountViewTest extends KaribuTest {

    private AccountPrincipal admin;

    @BeforeEach
    void signInAsAdmin() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
        admin = data.staffPrincipal(Role.ADMIN);
        signIn(admin);
    }

    @Test
    void the_list_finds_accounts_by_email_name_or_customer_number_and_filters_by_role_and_status() {
        Customer customer = data.customer("Quinten", "Querybeeck");
        data.account(customer.email(), "Quinten Querybeeck", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        data.account("zoe.zoekmans@example.org", "Zoë Zoekmans", AccountStatus.LOCKED, null, Role.SUPPORT);
        UI.getCurrent().navigate(AccountsView.class);

        assertThat(emailsFor("zoe.zoek")).containsExactly("zoe.zoekmans@example.org");
        assertThat(emailsFor("quinten query"))
                .as("the start of the name, any case")
                .containsExactly(customer.email());
        assertThat(emailsFor(customer.customerNumber().toLowerCase())).containsExactly(customer.email());
        assertThat(emailsFor("100%_no_such")).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "");
        _setValue(select("account-role-filter"), Role.SUPPORT);
        _setValue(select("account-status-filter"), AccountStatus.LOCKED);
        assertThat(grid())
                .extracting(AccountSummary::email)
                .contains("zoe.zoekmans@example.org")
                .doesNotContain(customer.email());
        assertThat(grid()).allSatisfy(account -> {
            assertThat(account.status()).isEqualTo(AccountStatus.LOCKED);
            assertThat(account.roles()).contains(Role.SUPPORT);
        });
    }

    @Test
    void the_list_sorts_by_name_in_both_directions() {
        data.account("sort-a@example.org", "Aaron Sortable", AccountStatus.ACTIVE, null, Role.SUPPORT);
        data.account("sort-b@example.org", "Zed Sortable", AccountStatus.ACTIVE, null, Role.SUPPORT);
        UI.getCurrent().navigate(AccountsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "sort-");
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));

        _sort(grid, new QuerySortOrder("NAME", com.vaadin.flow.data.provider.SortDirection.DESCENDING));
        assertThat(_findAll(grid))
                .extracting(AccountSummary::displayName)
                .containsExactly("Zed Sortable", "Aaron Sortable");
        _sort(grid, new QuerySortOrder("NAME", com.vaadin.flow.data.provider.SortDirection.ASCENDING));
        assertThat(_findAll(grid))
                .extracting(AccountSummary::displayName)
                .containsExactly("Aaron Sortable", "Zed Sortable");
    }

    @Test
    void the_account_page_shows_facts_identity_sign_ins_open_sessions_and_audit_events() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        data.update(
                "UPDATE portal_account SET issuer = 'https://idp.example.org', subject = 'a1b2c3d4e5f6g7h8' WHERE id = ?",
                support.accountId());
        data.signInRecord(support, Instant.now().minusSeconds(60), "198.51.100.0", "Firefox on Linux");
        data.portalSession(support, "198.51.100.0", "Firefox on Linux");

        UI.getCurrent().navigate(AccountView.class, AccountView.parameters(data.publicId(support.accountId())));

        assertThat(_get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("account-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Staff SUPPORT", "Support", "Active", "None (staff account)");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("account-identity"))
                        .getElement()
                        .getTextRecursively())
                .contains("https://idp.example.org", "a1b2c3d4…")
                .doesNotContain("a1b2c3d4e5f6g7h8");
        assertThat(gridItems("account-sign-ins", AccountDetails.SignIn.class))
                .extracting(AccountDetails.SignIn::ipTruncated)
                .containsExactly("198.51.100.0");
        assertThat(gridItems("account-sessions", AccountDetails.Session.class))
                .extracting(AccountDetails.Session::ipTruncated)
                .containsExactly("198.51.100.0");
        assertThat(_find(Button.class, spec -> spec.withId("account-unlock")))
                .as("an active account is not unlocked")
                .isEmpty();
    }

    @Test
    void an_unknown_or_malformed_public_id_is_not_found_and_other_roles_cannot_enter() {
        UI.getCurrent().navigate("admin/accounts/00000000-0000-0000-0000-000000000000");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        UI.getCurrent().navigate("admin/accounts/" + admin.accountId());
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        signIn(data.staffPrincipal(Role.SUPPORT));
        UI.getCurrent().navigate("admin/accounts/" + data.publicId(admin.accountId()));
        assertThat(_find(AccountView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void locking_through_its_dialog_needs_a_reason_and_records_it() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        open(support);

        _click(_get(Button.class, spec -> spec.withId("account-lock")));
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("reason")).isInvalid())
                .isTrue();
        assertThat(status(support)).isEqualTo("ACTIVE");

        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Phishing report 77");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(status(support)).isEqualTo("LOCKED");
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("account-unlock")))
                .as("the page shows the new state")
                .isNotNull();
        assertThat(gridItems("account-events", AccountDetails.Event.class))
                .first()
                .satisfies(event -> assertThat(event.details())
                        .containsEntry("reason", "Phishing report 77")
                        .containsEntry("status", "ACTIVE → LOCKED"));

        _click(_get(Button.class, spec -> spec.withId("account-unlock")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Cleared by security");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(status(support)).isEqualTo("ACTIVE");
    }

    @Test
    void a_guardrail_refusal_is_said_in_the_dialog_and_changes_nothing() {
        open(admin);

        _click(_get(Button.class, spec -> spec.withId("account-lock")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Testing myself");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dialog-error")).getText())
                .isEqualTo("You cannot lock your own account.");
        assertThat(status(admin)).isEqualTo("ACTIVE");
    }

    @Test
    void disabling_and_enabling_again_through_their_dialogs() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        open(support);

        confirm("account-disable", "Left the company");
        assertThat(status(support)).isEqualTo("DISABLED");
        confirm("account-reenable", "Came back");
        assertThat(status(support)).isEqualTo("ACTIVE");
    }

    @Test
    void changing_roles_through_its_dialog() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        open(support);

        _click(_get(Button.class, spec -> spec.withId("account-roles")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("roles"));
        _setValue(roles, Set.of(Role.SUPPORT, Role.ADMIN));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Team lead");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(data.count("SELECT COUNT(*) FROM portal_account_role WHERE account_id = ?", support.accountId()))
                .isEqualTo(2);
    }

    @Test
    void signing_out_everywhere_and_unlinking_the_identity_through_their_dialogs() {
        AccountPrincipal support = data.staffPrincipal(Role.SUPPORT);
        data.update(
                "UPDATE portal_account SET issuer = 'https://idp.example.org', subject = 'old' WHERE id = ?",
                support.accountId());
        data.portalSession(support, "198.51.100.0", "Firefox");
        open(support);

        confirm("account-sign-out-everywhere", "Lost laptop");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_session WHERE account_id = ? AND ended_at IS NULL",
                        support.accountId()))
                .isZero();
        confirm("account-unlink", "Moved to the new identity provider");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account WHERE id = ? AND issuer IS NULL", support.accountId()))
                .isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("account-reinvite"))).isNotNull();
    }

    @Test
    void inviting_through_its_dialog_sends_the_mail_in_the_chosen_language_and_opens_the_new_account()
            throws Exception {
        UI.getCurrent().navigate(AccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("account-invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("invite-email")), "vera.invited@example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Vera Invited");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("invite-roles"));
        _setValue(roles, Set.of(Role.SUPPORT));
        _setValue(select("invite-language"), Language.NL);
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "New helpdesk agent");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        long account = data.adoptAccount("vera.invited@example.org");
        _get(AccountView.class);
        MimeMessage mail = smtp().getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Uw uitnodiging voor het privacyportaal van Cloud Group");
        assertThat(GreenMailUtil.getBody(mail)).contains("Beste Vera Invited");
        assertThat(AccountServiceTest.token(GreenMailUtil.getBody(mail))).hasSize(43);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_account_role WHERE account_id = ? AND role = 'SUPPORT'", account))
                .isEqualTo(1);
    }

    @Test
    void an_invalid_invitation_is_said_in_the_dialog() {
        UI.getCurrent().navigate(AccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("account-invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("invite-email")), "not an address");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Nobody");
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Trying");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dialog-error")).isVisible())
                .isTrue();
        assertThat(smtp().getReceivedMessages()).isEmpty();
    }

    private void open(AccountPrincipal account) {
        UI.getCurrent().navigate(AccountView.class, AccountView.parameters(data.publicId(account.accountId())));
    }

    private void confirm(String button, String reason) {
        _click(_get(Button.class, spec -> spec.withId(button)));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), reason);
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
    }

    private String status(AccountPrincipal account) {
        return data.text("SELECT status FROM portal_account WHERE id = ?", account.accountId());
    }

    private List<String> emailsFor(String search) {
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), search);
        return grid().stream().map(AccountSummary::email).toList();
    }

    private List<AccountSummary> grid() {
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        return _findAll(grid);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> gridItems(String id, Class<T> type) {
        return _findAll((Grid<T>) _get(Grid.class, spec -> spec.withId(id)));
    }
}
