package be.cloudgroup.privacy.ui.dashboard;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.customer.CustomerOverview;
import be.cloudgroup.privacy.dashboard.DashboardService;
import be.cloudgroup.privacy.ui.account.AccountsView;
import be.cloudgroup.privacy.ui.activity.ActivityView;
import be.cloudgroup.privacy.ui.assist.CustomerAssistView;
import be.cloudgroup.privacy.ui.preferences.PreferencesView;
import be.cloudgroup.privacy.ui.download.DownloadView;
import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import be.cloudgroup.privacy.ui.request.RequestsView;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;

/**
 * "My privacy": the customer's home, with a live summary per area. Staff who open the root are
 * sent to their own home (support → customer search, admin → accounts).
 */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
public class DashboardView extends Page implements BeforeEnterObserver {

    private final transient DashboardService service;
    private final transient AssistService assist;
    private final String dpoEmail;
    private final Div content = new Div();

    public DashboardView(DashboardService service, AssistService assist,
            @Value("${portal.dpo.email}") String dpoEmail) {
        super("dashboard.title");
        this.service = service;
        this.assist = assist;
        this.dpoEmail = dpoEmail;
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountPrincipal account = CurrentAccount.require();
        boolean assisting = !account.has(Role.CUSTOMER) && assist.mySession().isPresent();
        if (account.has(Role.CUSTOMER) || assisting) {
            showOverview(service.overview(), !assisting);
        } else if (account.has(Role.SUPPORT)) {
            event.forwardTo(SupportView.class);
        } else {
            event.forwardTo(AccountsView.class);
        }
    }

    private void showOverview(CustomerOverview overview, boolean own) {
        content.removeAll();
        content.add(paragraph("dashboard.greeting", overview.displayName(), overview.customerNumber()));
        String lastInvoice = overview.lastInvoiceDate() == null ? getTranslation("dashboard.no-invoice")
                : overview.lastInvoiceDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale()));
        Div cards = new Div(
                new DashboardCard("dashboard.card.my-data", MyDataView.class, getTranslation(
                        "dashboard.card.my-data.summary", overview.activeContracts(), overview.invoices(), lastInvoice,
                        overview.openTickets())),
                new DashboardCard("dashboard.card.preferences", PreferencesView.class,
                        getTranslation("dashboard.card.preferences.summary")),
                new DashboardCard("dashboard.card.requests", RequestsView.class,
                        getTranslation("dashboard.card.requests.summary")),
                new DashboardCard("dashboard.card.download", DownloadView.class,
                        getTranslation("dashboard.card.download.summary")),
                new DashboardCard("dashboard.card.activity", ActivityView.class,
                        getTranslation("dashboard.card.activity.summary")));
        if (own) {
            cards.add(new DashboardCard("assist.card", CustomerAssistView.class, getTranslation("assist.card.summary")));
        }
        cards.addClassName("portal-cards");
        content.add(cards, new RightsPanel(dpoEmail));
    }
}
