package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The audit events about the account, newest first: what, when, who, and the recorded values. */
class AccountEventsPanel extends Grid<AccountDetails.Event> {

    AccountEventsPanel(AccountDetails account) {
        Formats formats = new Formats(getLocale());
        setId("account-events");
        addColumn(event -> formats.moment(event.at()))
                .setHeader(getTranslation("account.events.when"))
                .setAutoWidth(true);
        addColumn(event -> getTranslation("activity.action." + event.action().name()))
                .setHeader(getTranslation("account.events.what"))
                .setAutoWidth(true);
        addColumn(AccountDetails.Event::actorName)
                .setHeader(getTranslation("account.events.who"))
                .setAutoWidth(true);
        addColumn(event -> details(event.details())).setHeader(getTranslation("account.events.details"));
        setItems(account.events());
        setAllRowsVisible(true);
    }

    private static String details(Map<String, String> details) {
        return new TreeMap<>(details)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining("; "));
    }
}
