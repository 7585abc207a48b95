package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.ChangedMeanwhileException;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Homes;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Correct my data": the signed-in customer corrects their contact details. A save that finds the
 * data changed meanwhile keeps the other change and asks to reload.
 */
@Route("my-data/correct")
@RolesAllowed("CUSTOMER")
public class CorrectionView extends Page {

    private final transient CorrectionService service;
    private final transient PortalI18NProvider i18n;
    private final ContactDetailsForm form;
    private final ContactChannelsPanel channels;
    private final Div problem = new Div();

    public CorrectionView(
            CorrectionService service,
            ContactVerificationService verification,
            RequestService rectification,
            PortalI18NProvider i18n) {
        super("correction.title");
        this.service = service;
        this.i18n = i18n;
        this.form = new ContactDetailsForm(i18n);
        this.channels = new ContactChannelsPanel(verification, i18n, this::reload);
        problem.setId("correction-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button save = new Button(getTranslation("correction.save"), event -> save());
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        // Back to "My data", found as this route's parent: mydata links here, so importing it back would be a cycle.
        Button cancel = new Button(
                getTranslation("correction.cancel"),
                event -> getUI().ifPresent(ui -> ui.navigate(Homes.parentOf(CorrectionView.class))));
        cancel.setId("correction-cancel");
        add(paragraph("correction.intro"), problem, form, new HorizontalLayout(save, cancel), channels);
        ContactDetails details = service.currentDetails();
        form.bind(details);
        channels.show(details);
        if (details.type() == CustomerType.BUSINESS) {
            add(new CompanyCorrectionPanel(rectification, i18n, details));
        }
    }

    private void save() {
        problem.setVisible(false);
        form.command().ifPresent(command -> {
            try {
                ContactDetails saved = service.correct(command);
                form.show(saved);
                channels.show(saved);
                Notification.show(getTranslation("correction.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ChangedMeanwhileException e) {
                Button reload = new Button(getTranslation("correction.reload"), event -> reload());
                reload.setId("correction-reload");
                showProblem(new Paragraph(getTranslation("correction.changed-meanwhile")), reload);
            } catch (InvalidValueException e) {
                showProblem(new Paragraph(i18n.message(e, getLocale())));
            }
        });
    }

    private void reload() {
        problem.setVisible(false);
        ContactDetails details = service.currentDetails();
        form.show(details);
        channels.show(details);
    }

    private void showProblem(com.vaadin.flow.component.Component... content) {
        problem.removeAll();
        problem.add(content);
        problem.setVisible(true);
    }
}
