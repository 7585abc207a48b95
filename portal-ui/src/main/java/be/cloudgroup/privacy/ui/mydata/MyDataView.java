package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.MyDataDetails;
import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.Restriction;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My data" (GDPR Art. 15): every category of data we keep about the signed-in customer, one card
 * each with its values (label, value) and one line on why we keep them; the purposes, legal basis,
 * recipients, retention and source from the register of processing folded below.
 */
@Route("my-data")
@Menu(title = "mydata.nav", order = 2, icon = "vaadin:user-card")
@RolesAllowed("CUSTOMER")
public class MyDataView extends Page implements BeforeEnterObserver {

    private final transient MyDataService service;
    private final transient RequestService requests;
    private final Div content = new Div();

    public MyDataView(MyDataService service, RequestService requests) {
        super("mydata.title");
        this.service = service;
        this.requests = requests;
        content.addClassName("my-data-categories");
        add(paragraph("mydata.intro"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale locale = getLocale();
        MyDataDetails data = service.myData();
        Map<DataCategory, List<PurposeDetails>> why =
                service.purposesByCategory(Language.of(locale).orElse(Language.EN));
        content.removeAll();
        List<Restriction> restrictions = requests.myRestrictions();
        if (!restrictions.isEmpty()) {
            content.add(new RestrictionsPanel(
                    restrictions,
                    why.values().stream()
                            .flatMap(List::stream)
                            .distinct()
                            .collect(Collectors.toMap(PurposeDetails::code, PurposeDetails::name, (a, b) -> a)),
                    locale));
        }
        content.add(
                new IdentityPanel(data.person(), why.get(DataCategory.IDENTITY), locale),
                new ContactPanel(data.person(), why.get(DataCategory.CONTACT), locale),
                new ContractsPanel(data.contracts(), why.get(DataCategory.CONTRACT), locale),
                new InvoicesPanel(service, service.countInvoices(), why.get(DataCategory.FINANCIAL), locale),
                new TicketsPanel(data.tickets(), why.get(DataCategory.SUPPORT), locale),
                new CommunicationsPanel(data.communications(), why.get(DataCategory.COMMUNICATION), locale),
                new MarketingPanel(data, why.get(DataCategory.MARKETING), locale),
                new SignInsPanel(data.recentSignIns(), why.get(DataCategory.SECURITY), locale));
    }
}
