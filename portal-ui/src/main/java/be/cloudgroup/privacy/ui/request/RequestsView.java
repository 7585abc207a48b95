package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.ui.request.PrivacyRequestsPanel;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "requests" area; its content arrives with its own feature. */
@Route("requests")
@Menu(title = "request.nav", order = 6, icon = "vaadin:envelope-o")
@RolesAllowed("CUSTOMER")
public class RequestsView extends Page {

    public RequestsView(RequestService rectification) {
        super("request.title");
        add(paragraph("request.intro"), new PrivacyRequestsPanel(rectification), paragraph("page.upcoming"));
    }
}
