package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.assist.AssistNotifier;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.assist.AssistTarget;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the customer by e-mail, in their language, that support opened a session on their data
 * without their code: who, why, until when, and that they can end it in the portal. Sent after
 * the session was stored; a mail server that is down is logged (without the address), not fatal.
 */
@Component
class MailAssistNotifier implements AssistNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailAssistNotifier.class);

    private final JavaMailSender mail;
    private final PortalI18NProvider i18n;
    private final String from;

    MailAssistNotifier(JavaMailSender mail, PortalI18NProvider i18n, @Value("${portal.mail.from}") String from) {
        this.mail = mail;
        this.i18n = i18n;
        this.from = from;
    }

    @Override
    public void sessionWithoutCode(AssistTarget customer, AssistSession session) {
        if (customer.email().isBlank()) {
            return;
        }
        var locale = customer.language().locale();
        Formats formats = new Formats(locale);
        String reason = session.reasonCategory() == null
                ? ""
                : i18n.getTranslation(
                                "assist.category." + session.reasonCategory().name(), locale) + ": " + session.reason()
                        + " (" + session.ticket() + ")";
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(customer.email());
        message.setSubject(i18n.getTranslation("assist.mail.subject", locale));
        message.setText(i18n.getTranslation(
                "assist.mail.body",
                locale,
                customer.displayName(),
                session.staffName(),
                formats.moment(session.startedAt()),
                formats.moment(session.endsAt()),
                reason));
        try {
            mail.send(message);
        } catch (MailException e) {
            // the exception's message names the recipient: log its kind only
            log.warn(
                    "The notice of assist session {} could not be sent: {}",
                    session.id(),
                    e.getClass().getSimpleName());
        }
    }
}
