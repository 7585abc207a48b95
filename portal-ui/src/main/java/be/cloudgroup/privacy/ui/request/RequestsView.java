package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.ui.request.PrivacyRequestsPanel;
import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "requests" area; its content arrives with its own feature. */
@Route(value = "requests", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class RequestsView extends Page {

    public RequestsView(RequestService rectification) {
        super("request.title");
        add(paragraph("request.intro"), new PrivacyRequestsPanel(rectification), paragraph("page.upcoming"));
    }
}
