package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.ui.layout.Home;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** The admin's list of portal accounts, paged from the database. */
@Route("admin/accounts")
@Menu(title = "account.nav", order = 8, icon = "vaadin:users")
@Home(Role.ADMIN)
@RolesAllowed("ADMIN")
public class AccountsView extends Page {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    public AccountsView(AccountService accounts) {
        super("account.title");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(BELGIUM);
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("accounts");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.column.email"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.column.name"));
        grid.addColumn(account -> account.roles().stream().map(role -> getTranslation("account.role." + role.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("account.column.roles"));
        grid.addColumn(account -> getTranslation("account.status." + account.status().name()))
                .setHeader(getTranslation("account.column.status"));
        grid.addColumn(AccountSummary::customerNumber).setHeader(getTranslation("account.column.customer"));
        grid.addColumn(account -> getTranslation(account.linked() ? "account.linked.yes" : "account.linked.no"))
                .setHeader(getTranslation("account.column.linked"));
        grid.addColumn(account -> account.lastSignInAt() == null ? "" : time.format(account.lastSignInAt()))
                .setHeader(getTranslation("account.column.last-sign-in"));
        grid.setItems(query -> accounts.listAccounts(query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.countAccounts());
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setHeight("70vh");
        grid.setAriaLabel(getTranslation("account.title"));
        add(paragraph("account.intro"), grid);
    }
}
