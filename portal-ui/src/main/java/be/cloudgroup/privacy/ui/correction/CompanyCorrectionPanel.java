package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.request.CompanyCorrectionCommand;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Company name and VAT number of a business customer: not edited here, but proposed in a
 * rectification request that staff review.
 */
class CompanyCorrectionPanel extends Section {

    private final transient RequestService service;
    private final transient PortalI18NProvider i18n;
    private final TextField companyName = new TextField();
    private final TextField vatNumber = new TextField();

    CompanyCorrectionPanel(RequestService service, PortalI18NProvider i18n, ContactDetails details) {
        this.service = service;
        this.i18n = i18n;
        setId("company-correction");
        companyName.setLabel(getTranslation("correction.company.name"));
        companyName.setMaxLength(CompanyName.MAX_LENGTH);
        companyName.setValue(details.companyName());
        vatNumber.setLabel(getTranslation("correction.company.vat"));
        vatNumber.setMaxLength(VatNumber.MAX_LENGTH + 6);
        Button request = new Button(getTranslation("correction.company.request"), event -> request());
        request.setId("company-request");
        add(
                new H2(getTranslation("correction.company.heading")),
                new Paragraph(getTranslation("correction.company.intro")),
                companyName,
                vatNumber,
                request);
    }

    private void request() {
        companyName.setInvalid(false);
        vatNumber.setInvalid(false);
        VatNumber vat;
        try {
            vat = vatNumber.getValue().isBlank() ? null : VatNumber.valueOf(vatNumber.getValue());
        } catch (InvalidValueException e) {
            showError(vatNumber, e);
            return;
        }
        CompanyCorrectionCommand command;
        try {
            command = new CompanyCorrectionCommand(CompanyName.valueOf(companyName.getValue()), vat);
        } catch (InvalidValueException e) {
            showError(companyName, e);
            return;
        }
        service.requestCompanyCorrection(command);
        Notification.show(getTranslation("correction.company.requested"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showError(TextField field, InvalidValueException e) {
        field.setErrorMessage(i18n.message(e, getLocale()));
        field.setInvalid(true);
    }
}
