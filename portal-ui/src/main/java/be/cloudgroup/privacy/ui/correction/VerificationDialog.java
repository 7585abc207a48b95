package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.CodeRefusedException;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.VerificationResult;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.mail.MailException;

/**
 * Changes the e-mail address or mobile number in two steps: the new value gets a one-time code,
 * the customer enters it here. Nothing changes until the code is confirmed.
 */
class VerificationDialog extends Dialog {

    private final ContactChannel channel;
    private final transient ContactVerificationService service;
    private final transient PortalI18NProvider i18n;
    private final transient Runnable onConfirmed;
    private final TextField newValue = new TextField();
    private final TextField code = new TextField();
    private final Button confirm = new Button();
    private final Paragraph status = new Paragraph();

    VerificationDialog(
            ContactChannel channel, ContactVerificationService service, PortalI18NProvider i18n, Runnable onConfirmed) {
        this.channel = channel;
        this.service = service;
        this.i18n = i18n;
        this.onConfirmed = onConfirmed;
        boolean email = channel == ContactChannel.EMAIL;
        setHeaderTitle(getTranslation(email ? "correction.contact.change-email" : "correction.contact.change-mobile"));
        newValue.setLabel(getTranslation(email ? "correction.verify.new-email" : "correction.verify.new-mobile"));
        newValue.setId("verification-new-value");
        Button send = new Button(getTranslation("correction.verify.send"), event -> send());
        send.setId("verification-send");
        code.setLabel(getTranslation("correction.verify.code"));
        code.setId("verification-code");
        code.setMaxLength(6);
        code.setEnabled(false);
        confirm.setText(getTranslation("correction.verify.confirm"));
        confirm.setId("verification-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> confirm());
        status.setId("verification-status");
        status.getElement().setAttribute("role", "status");
        send.addClickShortcut(Key.ENTER).listenOn(newValue);
        confirm.addClickShortcut(Key.ENTER).listenOn(code);
        Button close = new Button(getTranslation("correction.cancel"), event -> close());
        close.setId("verification-close");
        add(new VerticalLayout(newValue, send, status, code, confirm));
        getFooter().add(close);
    }

    private void send() {
        newValue.setInvalid(false);
        try {
            if (channel == ContactChannel.EMAIL) {
                service.requestEmailChange(newValue.getValue());
            } else {
                service.requestMobileChange(newValue.getValue());
            }
            status.setText(getTranslation("correction.verify.sent"));
            code.setEnabled(true);
            confirm.setEnabled(true);
            code.focus();
        } catch (InvalidValueException e) {
            newValue.setErrorMessage(i18n.message(e, getLocale()));
            newValue.setInvalid(true);
        } catch (MailException e) {
            status.setText(getTranslation("correction.verify.not-sent"));
        } catch (CodeRefusedException e) {
            status.setText(getTranslation("correction.verify.throttled"));
        }
    }

    private void confirm() {
        code.setInvalid(false);
        VerificationResult result = service.confirm(channel, code.getValue());
        switch (result) {
            case CONFIRMED -> {
                Notification.show(getTranslation("correction.verify.confirmed"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onConfirmed.run();
            }
            case WRONG_CODE -> {
                code.setErrorMessage(getTranslation("correction.verify.wrong-code"));
                code.setInvalid(true);
            }
            case EXPIRED, NOTHING_PENDING -> {
                status.setText(getTranslation("correction.verify.expired"));
                code.setEnabled(false);
                confirm.setEnabled(false);
            }
        }
    }
}
