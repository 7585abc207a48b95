package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountQuery;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Home;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The admin's list of portal accounts: search by e-mail, name or customer number, filter by role
 * and status, sort, paged from the database; each e-mail opens the account's page. Invitations
 * start here.
 */
@Route("admin/accounts")
@Menu(title = "account.nav", order = 8, icon = "vaadin:users")
@Home(Role.ADMIN)
@RolesAllowed("ADMIN")
public class AccountsView extends Page {

    private final transient AccountService accounts;
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<AccountStatus> status = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountService accounts) {
        super("account.title");
        this.accounts = accounts;
        Formats formats = new Formats(getLocale());
        search.setId("account-search");
        search.setLabel(getTranslation("account.search"));
        search.setMaxLength(AccountQuery.SEARCH_MAX_LENGTH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setId("account-role-filter");
        role.setLabel(getTranslation("account.column.roles"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("account.filter.all"));
        role.setItemLabelGenerator(value ->
                value == null ? getTranslation("account.filter.all") : getTranslation("account.role." + value.name()));
        status.setId("account-status-filter");
        status.setLabel(getTranslation("account.column.status"));
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("account.filter.all"));
        status.setItemLabelGenerator(value -> value == null
                ? getTranslation("account.filter.all")
                : getTranslation("account.status." + value.name()));
        Button invite = new Button(getTranslation("account.invite"), event -> new InviteDialog(accounts).open());
        invite.setId("account-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, role, status, invite);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("accounts");
        grid.addColumn(new ComponentRenderer<>(account ->
                        new RouterLink(account.email(), AccountView.class, AccountView.parameters(account.publicId()))))
                .setHeader(getTranslation("account.column.email"))
                .setKey(AccountQuery.Sort.EMAIL.name())
                .setSortable(true);
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("account.column.name"))
                .setKey(AccountQuery.Sort.NAME.name())
                .setSortable(true);
        grid.addColumn(account -> account.roles().stream()
                        .map(r -> getTranslation("account.role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.column.roles"));
        grid.addColumn(account ->
                        getTranslation("account.status." + account.status().name()))
                .setHeader(getTranslation("account.column.status"))
                .setKey(AccountQuery.Sort.STATUS.name())
                .setSortable(true);
        grid.addColumn(AccountSummary::customerNumber).setHeader(getTranslation("account.column.customer"));
        grid.addColumn(account -> getTranslation(account.linked() ? "account.linked.yes" : "account.linked.no"))
                .setHeader(getTranslation("account.column.linked"));
        grid.addColumn(account -> formats.moment(account.lastSignInAt()))
                .setHeader(getTranslation("account.column.last-sign-in"))
                .setKey(AccountQuery.Sort.LAST_SIGN_IN.name())
                .setSortable(true);
        grid.setItems(
                query -> accounts.listAccounts(query(query), query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.countAccounts(query(query)));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setHeight("70vh");
        grid.setAriaLabel(getTranslation("account.title"));
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(paragraph("account.intro"), filters, grid);
    }

    private AccountQuery query(Query<AccountSummary, Void> query) {
        AccountQuery filtered =
                new AccountQuery(search.getValue(), role.getValue(), status.getValue(), AccountQuery.Sort.EMAIL, false);
        return query.getSortOrders().stream()
                .findFirst()
                .map(order -> filtered.sortedBy(
                        AccountQuery.Sort.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING))
                .orElse(filtered);
    }
}
