package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.correction.CodeMessenger;
import be.cloudgroup.privacy.correction.ContactChangeNotifier;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.SmsGateway;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers one-time codes in the customer's language, with the text of their purpose: by SMTP
 * ({@code spring.mail.*}) to an e-mail address, through the {@link SmsGateway} to a mobile; and the
 * notice to the old e-mail address once a new one is confirmed, naming the new one only masked.
 * Never logs the code or an address.
 */
@Component
class MailCodeMessenger implements CodeMessenger, ContactChangeNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailCodeMessenger.class);

    private final JavaMailSender mail;
    private final SmsGateway sms;
    private final PortalI18NProvider i18n;
    private final String from;

    MailCodeMessenger(
            JavaMailSender mail, SmsGateway sms, PortalI18NProvider i18n, @Value("${portal.mail.from}") String from) {
        this.mail = mail;
        this.sms = sms;
        this.i18n = i18n;
        this.from = from;
    }

    @Override
    public void send(Purpose purpose, ContactChannel channel, String to, String code, Language language) {
        long minutes = ContactVerificationService.VALIDITY.toMinutes();
        String keys = purpose == Purpose.ACTIVATION ? "activation.code." : "correction.code.";
        if (channel == ContactChannel.SMS) {
            sms.send(PhoneNumber.valueOf(to), i18n.getTranslation(keys + "sms", language.locale(), code, minutes));
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(i18n.getTranslation(keys + "mail-subject", language.locale()));
        message.setText(i18n.getTranslation(keys + "mail-body", language.locale(), code, minutes));
        mail.send(message);
    }

    @Override
    public void emailChanged(String oldAddress, String newAddress, Language language) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(oldAddress);
        message.setSubject(i18n.getTranslation("correction.changed.mail-subject", language.locale()));
        message.setText(i18n.getTranslation(
                "correction.changed.mail-body",
                language.locale(),
                EmailAddress.valueOf(newAddress).masked()));
        try {
            mail.send(message);
        } catch (MailException e) {
            // the change stands (the new address was proven); the exception's message names the old one
            log.warn(
                    "The notice of a changed e-mail address could not be sent: {}",
                    e.getClass().getSimpleName());
        }
    }
}
