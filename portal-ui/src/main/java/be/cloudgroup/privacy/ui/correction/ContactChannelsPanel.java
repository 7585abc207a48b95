package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The e-mail address and mobile number, each changed through a {@link VerificationDialog}. */
class ContactChannelsPanel extends Section {

    private final Paragraph email = new Paragraph();
    private final Paragraph mobile = new Paragraph();

    ContactChannelsPanel(ContactVerificationService service, PortalI18NProvider i18n, Runnable onConfirmed) {
        setId("contact-channels");
        Button changeEmail = new Button(
                getTranslation("correction.contact.change-email"),
                event -> new VerificationDialog(ContactChannel.EMAIL, service, i18n, onConfirmed).open());
        changeEmail.setId("change-email");
        Button changeMobile = new Button(
                getTranslation("correction.contact.change-mobile"),
                event -> new VerificationDialog(ContactChannel.SMS, service, i18n, onConfirmed).open());
        changeMobile.setId("change-mobile");
        email.setId("current-email");
        mobile.setId("current-mobile");
        add(new H2(getTranslation("correction.contact.heading")), email, changeEmail, mobile, changeMobile);
    }

    void show(ContactDetails details) {
        email.setText(getTranslation("correction.contact.email", details.email()));
        mobile.setText(getTranslation(
                "correction.contact.mobile",
                details.mobile().isEmpty() ? getTranslation("correction.contact.none") : details.mobile()));
    }
}
