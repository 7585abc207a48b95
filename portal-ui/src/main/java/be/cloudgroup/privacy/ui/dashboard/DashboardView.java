package be.cloudgroup.privacy.ui.dashboard;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.customer.CustomerOverview;
import be.cloudgroup.privacy.dashboard.DashboardService;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Home;
import be.cloudgroup.privacy.ui.layout.Homes;
import be.cloudgroup.privacy.ui.layout.Page;
import be.cloudgroup.privacy.ui.layout.SessionMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;

/**
 * "My privacy": the customer's home, with a card per area of the customer's menu. A feature gets
 * a card by having a {@code <noun>.card} heading and a {@code <noun>.card.summary} text in its
 * bundle ({@code <noun>} = its package); the summary may use the live figures {@code {0}} active
 * contracts, {@code {1}} invoices, {@code {2}} last invoice date, {@code {3}} open tickets. Staff
 * who open the root are sent to their own {@link Home}.
 */
@Route("")
@Menu(title = "dashboard.nav", order = 1, icon = "vaadin:shield")
@Home(Role.CUSTOMER)
@RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
public class DashboardView extends Page implements BeforeEnterObserver {

    private final transient DashboardService service;
    private final transient PortalI18NProvider i18n;
    private final transient AssistService assist;
    private final String dpoEmail;
    private final Div content = new Div();

    public DashboardView(
            DashboardService service,
            PortalI18NProvider i18n,
            AssistService assist,
            @Value("${portal.dpo.email}") String dpoEmail) {
        super("dashboard.title");
        this.service = service;
        this.i18n = i18n;
        this.assist = assist;
        this.dpoEmail = dpoEmail;
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountPrincipal account = CurrentAccount.require();
        // Staff in an assist session see the customer's dashboard; otherwise staff go to their own home.
        boolean assisting = !account.has(Role.CUSTOMER) && assist.mySession().isPresent();
        if (assisting) {
            showOverview(service.overview());
        } else {
            Homes.of(account)
                    .filter(home -> home != getClass())
                    .ifPresentOrElse(event::forwardTo, () -> showOverview(service.overview()));
        }
    }

    private void showOverview(CustomerOverview overview) {
        content.removeAll();
        content.add(paragraph("dashboard.greeting", overview.displayName(), overview.customerNumber()));
        String lastInvoice = overview.lastInvoiceDate() == null
                ? getTranslation("dashboard.no-invoice")
                : overview.lastInvoiceDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(getLocale()));
        Object[] figures = {overview.activeContracts(), overview.invoices(), lastInvoice, overview.openTickets()};
        Div cards = new Div();
        for (MenuEntry entry : SessionMenu.entries()) {
            String card = noun(entry) + ".card";
            if (entry.menuClass() != getClass() && i18n.has(card)) {
                cards.add(new DashboardCard(card, entry.menuClass(), getTranslation(card + ".summary", figures)));
            }
        }
        cards.addClassName("portal-cards");
        content.add(cards, new RightsPanel(dpoEmail));
    }

    /** The feature's noun: the last part of its view's package, which is also its bundle's name. */
    private static String noun(MenuEntry entry) {
        String feature = entry.menuClass().getPackageName();
        return feature.substring(feature.lastIndexOf('.') + 1);
    }
}
