package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.grid.Grid;

/** The account's last sign-ins (truncated address, shortened browser). */
class SignInsPanel extends Grid<AccountDetails.SignIn> {

    SignInsPanel(AccountDetails account) {
        Formats formats = new Formats(getLocale());
        setId("account-sign-ins");
        addColumn(signIn -> formats.moment(signIn.at())).setHeader(getTranslation("account.sessions.signed-in"));
        addColumn(AccountDetails.SignIn::ipTruncated).setHeader(getTranslation("account.sessions.ip"));
        addColumn(AccountDetails.SignIn::userAgent).setHeader(getTranslation("account.sessions.device"));
        setItems(account.signIns());
        setAllRowsVisible(true);
    }
}
