package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.register.RegisterService;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The customer's requests (Art. 12-22): the ones filed, with their clock, and the form to file another. */
@Route("requests")
@Menu(title = "request.nav", order = 6, icon = "vaadin:envelope-o")
@RolesAllowed("CUSTOMER")
public class RequestsView extends Page {

    public RequestsView(RequestService service, RegisterService register, PortalI18NProvider i18n) {
        super("request.title");
        add(
                paragraph("request.intro"),
                new PrivacyRequestsPanel(service.myRequests(), getLocale()),
                new FileRequestForm(service, register, i18n));
    }
}
