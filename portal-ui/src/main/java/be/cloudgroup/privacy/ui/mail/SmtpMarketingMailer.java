package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.newsletter.MarketingMail;
import be.cloudgroup.privacy.newsletter.MarketingMailException;
import be.cloudgroup.privacy.newsletter.MarketingMailer;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.unsubscribe.UnsubscribeRoutes;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends marketing e-mail by SMTP ({@code spring.mail.*}): the text, then a translated footer with
 * the mail's unsubscribe link, which is also given to mail programs in the {@code List-Unsubscribe}
 * headers so they can offer their own unsubscribe button.
 */
@Component
class SmtpMarketingMailer implements MarketingMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMarketingMailer.class);

    private final JavaMailSender mail;
    private final PortalI18NProvider i18n;
    private final Environment environment;
    private final String from;

    SmtpMarketingMailer(
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
    public void send(MarketingMail marketing) {
        String page = UnsubscribeRoutes.pageUrl(publicUrl(), marketing.unsubscribeToken());
        String oneClick = UnsubscribeRoutes.oneClickUrl(publicUrl(), marketing.unsubscribeToken());
        var locale = marketing.language().locale();
        String topic = i18n.getTranslation(
                "mydata.enum.SubscriptionTopic." + marketing.topic().name(), locale);
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(marketing.to().toString());
            helper.setSubject(marketing.subject());
            helper.setText(marketing.text() + "\n\n-- \n"
                    + i18n.getTranslation("unsubscribe.mail.footer", locale, topic, page));
            message.setHeader("List-Unsubscribe", "<" + oneClick + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mail.send(message);
        } catch (MessagingException | MailException e) {
            // the exception's message names the recipient: log its kind only
            log.warn(
                    "Marketing e-mail about {} not sent: {}",
                    marketing.topic(),
                    e.getClass().getSimpleName());
            throw new MarketingMailException("The mail server did not take the mail", e);
        }
    }

    /** Read at sending time: with a random port, the port is only known once the server runs. */
    private String publicUrl() {
        return environment.getRequiredProperty("portal.public-url");
    }
}
