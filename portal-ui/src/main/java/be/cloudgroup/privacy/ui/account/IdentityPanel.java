package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The identity (issuer and shortened subject) the account signs in with, or none yet. Unlinking
 * it (e.g. the identity provider changed) and inviting again replace SQL.
 */
class IdentityPanel extends Div {

    IdentityPanel(AccountDetails account, AccountService accounts, Runnable refresh) {
        setId("account-identity");
        String id = account.publicId();
        if (account.identity().isPresent()) {
            AccountDetails.Identity identity = account.identity().get();
            add(
                    new Paragraph(getTranslation("account.identity.linked", identity.issuer(), identity.subject())),
                    AccountFactsPanel.action(
                            "unlink",
                            () -> new AccountDialog(
                                    "account.action.unlink", reason -> accounts.unlinkIdentity(id, reason), refresh)));
        } else {
            add(new Paragraph(getTranslation("account.identity.none")), AccountFactsPanel.action("reinvite", () -> {
                Select<Language> language = new Select<>();
                language.setId("invite-language");
                language.setLabel(getTranslation("account.invite.language"));
                language.setItems(Language.values());
                language.setItemLabelGenerator(value -> getTranslation("account.language." + value.name()));
                language.setValue(Language.of(UI.getCurrent().getLocale()).orElse(Language.NL));
                return new AccountDialog(
                        "account.action.reinvite",
                        reason -> accounts.reinvite(id, language.getValue(), reason),
                        refresh,
                        language);
            }));
        }
    }
}
