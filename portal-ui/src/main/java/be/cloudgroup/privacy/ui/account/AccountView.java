package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AccountDetails;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One account, addressed by its public id: its facts and the admin's actions on it, its
 * identity, last sign-ins, open sessions and audit events. An unknown id is "not found".
 */
@Route("admin/accounts/:account")
@RolesAllowed("ADMIN")
public class AccountView extends Page implements BeforeEnterObserver {

    static final String PARAMETER = "account";

    private final transient AccountService accounts;
    private String publicId;

    public AccountView(AccountService accounts) {
        super("account.page.title");
        this.accounts = accounts;
    }

    static RouteParameters parameters(String publicId) {
        return new RouteParameters(PARAMETER, publicId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        publicId = event.getRouteParameters().get(PARAMETER).orElse("");
        if (!show()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** (Re)draws the page from the database; false when there is no such account. */
    private boolean show() {
        Optional<AccountDetails> account = accounts.account(publicId);
        getChildren().skip(1).toList().forEach(this::remove);
        if (account.isEmpty()) {
            return false;
        }
        AccountDetails details = account.get();
        add(
                new RouterLink(getTranslation("account.page.back"), AccountsView.class),
                new AccountFactsPanel(details, accounts, this::show),
                section("account.page.identity"),
                new IdentityPanel(details, accounts, this::show),
                section("account.page.sessions"),
                new SessionsPanel(details, accounts, this::show),
                section("account.page.sign-ins"),
                new SignInsPanel(details),
                section("account.page.events"),
                new AccountEventsPanel(details));
        return true;
    }

    private H2 section(String key) {
        return new H2(getTranslation(key));
    }
}
