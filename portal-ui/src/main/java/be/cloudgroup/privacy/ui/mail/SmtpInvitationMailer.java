package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.account.InvitationMailer;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.security.InvitationView;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation to a portal account by SMTP, in the language the admin chose, with the
 * one-time link to {@link InvitationView}. A failure to send rolls the invitation back.
 */
@Component
class SmtpInvitationMailer implements InvitationMailer {

    private final JavaMailSender mail;
    private final PortalI18NProvider i18n;
    private final Environment environment;
    private final String from;

    SmtpInvitationMailer(
            JavaMailSender mail,
            PortalI18NProvider i18n,
            Environment environment,
            @Value("${portal.mail.from}") String from) {
        this.mail = mail;
        this.i18n = i18n;
        this.environment = environment;
        this.from = from;
    }

    @Override
    public void send(EmailAddress to, String displayName, String token, Language language, Instant expiresAt) {
        String link = InvitationView.url(environment.getRequiredProperty("portal.public-url"), token);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toString());
        message.setSubject(i18n.getTranslation("account.invitation.mail-subject", language.locale()));
        message.setText(i18n.getTranslation(
                "account.invitation.mail-body",
                language.locale(),
                displayName,
                link,
                new Formats(language.locale()).moment(expiresAt)));
        mail.send(message);
    }
}
