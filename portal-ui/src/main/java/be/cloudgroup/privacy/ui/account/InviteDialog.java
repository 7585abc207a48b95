package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.InviteCommand;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Invites someone to a new account: e-mail, display name, roles, the language of the invitation
 * e-mail and, for a customer account only, the customer number to link. Opens the new account's
 * page once the invitation is sent.
 */
class InviteDialog extends AccountDialog {

    InviteDialog(AccountService accounts) {
        this(accounts, new Fields());
    }

    private InviteDialog(AccountService accounts, Fields fields) {
        super(
                "account.action.invite",
                reason -> fields.created = accounts.invite(new InviteCommand(
                        EmailAddress.valueOf(fields.email.getValue()),
                        fields.name.getValue(),
                        fields.roles.getValue(),
                        fields.customer.getValue().isBlank()
                                ? null
                                : CustomerNumber.valueOf(fields.customer.getValue()),
                        fields.language.getValue(),
                        reason)),
                () -> UI.getCurrent().navigate(AccountView.class, AccountView.parameters(fields.created)),
                fields.email,
                fields.name,
                fields.roles,
                fields.customer,
                fields.language);
    }

    private static final class Fields {
        final TextField email = new TextField();
        final TextField name = new TextField();
        final CheckboxGroup<Role> roles = new CheckboxGroup<>();
        final TextField customer = new TextField();
        final Select<Language> language = new Select<>();
        String created;

        Fields() {
            email.setId("invite-email");
            email.setLabel(email.getTranslation("account.column.email"));
            email.setMaxLength(EmailAddress.MAX_LENGTH);
            email.setWidthFull();
            name.setId("invite-name");
            name.setLabel(name.getTranslation("account.column.name"));
            name.setMaxLength(InviteCommand.DISPLAY_NAME_MAX_LENGTH);
            name.setWidthFull();
            roles.setId("invite-roles");
            roles.setLabel(roles.getTranslation("account.column.roles"));
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(role -> roles.getTranslation("account.role." + role.name()));
            customer.setId("invite-customer");
            customer.setLabel(customer.getTranslation("account.invite.customer"));
            customer.setHelperText(customer.getTranslation("account.invite.customer.help"));
            customer.setMaxLength(CustomerNumber.MAX_LENGTH);
            language.setId("invite-language");
            language.setLabel(language.getTranslation("account.invite.language"));
            language.setItems(Language.values());
            language.setItemLabelGenerator(value -> language.getTranslation("account.language." + value.name()));
            language.setValue(Language.of(UI.getCurrent().getLocale()).orElse(Language.NL));
        }
    }
}
