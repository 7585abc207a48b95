package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestRules;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * One of the customer's requests, by its reference ({@code /requests/PR-2026-000123}): status,
 * due day and days left, the timeline, messages with the handler, withdrawal while it is open,
 * and the outcome. Another customer's reference is "not found".
 */
@Route("requests/:reference")
@RolesAllowed("CUSTOMER")
public class RequestView extends Page implements BeforeEnterObserver {

    static final String REFERENCE = "reference";

    private final transient RequestService service;
    private final transient PortalI18NProvider i18n;
    private final Div content = new Div();
    private final String dpoEmail;
    private String reference = "";

    public RequestView(RequestService service, PortalI18NProvider i18n, @Value("${portal.dpo.email}") String dpoEmail) {
        super("request.page.title");
        this.service = service;
        this.i18n = i18n;
        this.dpoEmail = dpoEmail;
        add(new RouterLink(getTranslation("request.page.back"), RequestsView.class), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        if (service.myRequest(reference).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        RequestDetails request = service.myRequest(reference).orElseThrow();
        content.removeAll();
        content.add(new RequestDetailsPanel(request, getLocale(), dpoEmail));
        if (request.open()) {
            content.add(messageForm(), withdrawButton());
        }
    }

    private Div messageForm() {
        TextArea message = new TextArea(getTranslation("request.page.message"));
        message.setId("request-message");
        message.setMaxLength(RequestRules.MAX_TEXT);
        message.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("portal-error");
        Button send = new Button(getTranslation("request.page.send"), click -> {
            try {
                service.sendMessage(reference, message.getValue());
                show();
            } catch (InvalidValueException e) {
                error.setText(i18n.message(e, getLocale()));
            }
        });
        send.setId("request-send");
        return new Div(new H3(getTranslation("request.page.message-heading")), message, error, send);
    }

    private Button withdrawButton() {
        Button withdraw = new Button(getTranslation("request.page.withdraw"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("request.page.withdraw"),
                    getTranslation("request.page.withdraw-confirm"),
                    getTranslation("request.page.withdraw"),
                    confirmed -> {
                        service.withdraw(reference);
                        show();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("request.page.cancel"));
            confirm.setId("request-withdraw-confirm");
            confirm.open();
        });
        withdraw.setId("request-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return withdraw;
    }
}
