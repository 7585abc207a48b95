package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What the account is (e-mail, name, roles, status, customer) and the admin's actions on it. */
class AccountFactsPanel extends Div {

    AccountFactsPanel(AccountDetails account, AccountService accounts, Runnable refresh) {
        Formats formats = new Formats(getLocale());
        DescriptionList facts = new DescriptionList();
        facts.setId("account-facts");
        fact(facts, "account.column.email", account.email());
        fact(facts, "account.column.name", account.displayName());
        fact(
                facts,
                "account.column.roles",
                account.roles().stream()
                        .map(role -> getTranslation("account.role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
        fact(
                facts,
                "account.column.status",
                getTranslation("account.status." + account.status().name()));
        fact(
                facts,
                "account.column.customer",
                account.customerNumber() == null
                        ? getTranslation("account.page.no-customer")
                        : account.customerNumber());
        fact(facts, "account.page.created", formats.moment(account.createdAt()));
        account.invitationExpires()
                .ifPresent(expires -> fact(
                        facts,
                        "account.page.invitation",
                        getTranslation("account.page.invitation.until", formats.moment(expires))));

        String id = account.publicId();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (account.status() == AccountStatus.ACTIVE) {
            actions.add(action(
                    "lock",
                    () -> new AccountDialog("account.action.lock", reason -> accounts.lock(id, reason), refresh)));
        }
        if (account.status() == AccountStatus.LOCKED) {
            actions.add(action(
                    "unlock",
                    () -> new AccountDialog("account.action.unlock", reason -> accounts.unlock(id, reason), refresh)));
        }
        if (account.status() != AccountStatus.DISABLED) {
            actions.add(action(
                    "disable",
                    () -> new AccountDialog(
                            "account.action.disable", reason -> accounts.disable(id, reason), refresh)));
        } else {
            actions.add(action(
                    "reenable",
                    () -> new AccountDialog(
                            "account.action.reenable", reason -> accounts.reenable(id, reason), refresh)));
        }
        actions.add(action("roles", () -> {
            CheckboxGroup<Role> roles = new CheckboxGroup<>();
            roles.setId("roles");
            roles.setLabel(getTranslation("account.column.roles"));
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(role -> getTranslation("account.role." + role.name()));
            roles.setValue(account.roles());
            return new AccountDialog(
                    "account.action.roles",
                    reason -> accounts.changeRoles(id, roles.getValue(), reason),
                    refresh,
                    roles);
        }));
        add(facts, actions);
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    /** The button that opens an action's dialog, e.g. {@code account-lock}. */
    static Button action(String key, Supplier<AccountDialog> dialog) {
        Button button = new Button();
        button.setText(button.getTranslation("account.action." + key));
        button.addClickListener(event -> dialog.get().open());
        button.setId("account-" + key);
        return button;
    }
}
