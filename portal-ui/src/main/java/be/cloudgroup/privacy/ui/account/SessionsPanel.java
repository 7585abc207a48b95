package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The account's open portal sessions on every portal instance, and "sign out everywhere". */
class SessionsPanel extends Div {

    SessionsPanel(AccountDetails account, AccountService accounts, Runnable refresh) {
        Formats formats = new Formats(getLocale());
        if (account.openSessions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("account.sessions.none"));
            none.setId("account-sessions");
            add(none);
            return;
        }
        Grid<AccountDetails.Session> sessions = new Grid<>();
        sessions.setId("account-sessions");
        sessions.addColumn(session -> formats.moment(session.startedAt()))
                .setHeader(getTranslation("account.sessions.started"));
        sessions.addColumn(session -> formats.moment(session.lastSeenAt()))
                .setHeader(getTranslation("account.sessions.last-seen"));
        sessions.addColumn(AccountDetails.Session::ipTruncated).setHeader(getTranslation("account.sessions.ip"));
        sessions.addColumn(AccountDetails.Session::userAgent).setHeader(getTranslation("account.sessions.device"));
        sessions.setItems(account.openSessions());
        sessions.setAllRowsVisible(true);
        String id = account.publicId();
        add(
                sessions,
                AccountFactsPanel.action(
                        "sign-out-everywhere",
                        () -> new AccountDialog(
                                "account.action.sign-out-everywhere",
                                reason -> accounts.signOutEverywhere(id, reason),
                                refresh)));
    }
}
