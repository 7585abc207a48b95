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
        Language language = Language.of(locale).orElse(Language.EN);
        Map<DataCategory, List<PurposeDetails>> why = service.purposesByCategory(language);
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
                new IdentityPanel(data.person(), why(why, DataCategory.IDENTITY, language), locale),
                new ContactPanel(data.person(), why(why, DataCategory.CONTACT, language), locale),
                new ContractsPanel(data.contracts(), why(why, DataCategory.CONTRACT, language), locale),
                new InvoicesPanel(service, service.countInvoices(), why(why, DataCategory.FINANCIAL, language), locale),
                new TicketsPanel(data.tickets(), why(why, DataCategory.SUPPORT, language), locale),
                new CommunicationsPanel(data.communications(), why(why, DataCategory.COMMUNICATION, language), locale),
                new MarketingPanel(data, why(why, DataCategory.MARKETING, language), locale),
                new SignInsPanel(data.recentSignIns(), why(why, DataCategory.SECURITY, language), locale));
    }

    /** Why we keep a category: its line from the register as read now, its fold read again when opened. */
    private WhyWeKeepThis why(Map<DataCategory, List<PurposeDetails>> read, DataCategory category, Language language) {
        MyDataService register = service;
        return new WhyWeKeepThis(
                read.get(category), () -> register.purposesByCategory(language).get(category), getLocale());
    }
}
