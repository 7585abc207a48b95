package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/** One request for its handler: the same page the customer sees, plus the handling and, for an erasure, the plan. */
@Route("staff/requests/:reference")
@RolesAllowed({"SUPPORT", "ADMIN"})
public class RequestHandlingView extends Page implements BeforeEnterObserver {

    private final transient RequestService service;
    private final transient PortalI18NProvider i18n;
    private final Div content = new Div();
    private final String dpoEmail;
    private String reference = "";

    public RequestHandlingView(
            RequestService service, PortalI18NProvider i18n, @Value("${portal.dpo.email}") String dpoEmail) {
        super("request.handle.title");
        this.service = service;
        this.i18n = i18n;
        this.dpoEmail = dpoEmail;
        add(new RouterLink(getTranslation("request.handle.back"), RequestQueueView.class), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(RequestView.REFERENCE).orElse("");
        if (service.request(reference).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    void show() {
        RequestDetails request = service.request(reference).orElseThrow();
        content.removeAll();
        content.add(new RequestDetailsPanel(request, getLocale(), dpoEmail));
        if (request.open()) {
            content.add(new HandlingPanel(service, i18n, request, this::show));
            if (request.type() == RequestType.ERASURE) {
                content.add(new ErasurePlanPanel(service, i18n, reference, this::show));
            }
        }
    }
}
