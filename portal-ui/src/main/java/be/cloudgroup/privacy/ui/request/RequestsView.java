package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.correction.RectificationService;
import be.cloudgroup.privacy.ui.correction.RectificationRequestsPanel;
import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "requests" area; its content arrives with its own feature. */
@Route(value = "requests", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class RequestsView extends Page {

    public RequestsView(RectificationService rectification) {
        super("requests.title");
        add(paragraph("requests.intro"), new RectificationRequestsPanel(rectification), paragraph("page.upcoming"));
    }
}
