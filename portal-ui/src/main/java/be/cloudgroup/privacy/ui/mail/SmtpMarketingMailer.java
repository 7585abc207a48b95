package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.newsletter.MarketingMail;
import be.cloudgroup.privacy.newsletter.MarketingMailer;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.unsubscribe.UnsubscribeRoutes;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
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
    public Set<Integer> send(List<MarketingMail> mails) {
        Set<Integer> refused = new HashSet<>();
        Map<MimeMessage, Integer> positions = new LinkedHashMap<>(); // MimeMessage: equal only to itself
        for (int i = 0; i < mails.size(); i++) {
            try {
                positions.put(message(mails.get(i)), i);
            } catch (MessagingException e) {
                refused.add(i);
                // the exception's message may name the recipient: log its kind only
                log.warn("Marketing e-mail not built: {}", e.getClass().getSimpleName());
            }
        }
        if (positions.isEmpty()) {
            return refused;
        }
        try {
            // one connection for all of them (the sender reports each message the server refuses)
            mail.send(positions.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                refused.addAll(positions.values());
            } else {
                e.getFailedMessages().keySet().forEach(failed -> refused.add(positions.get(failed)));
            }
            log.warn("{} of {} marketing e-mails not sent: {}", refused.size(), mails.size(), kinds(e));
        } catch (MailException e) {
            refused.addAll(positions.values());
            log.warn(
                    "{} marketing e-mails not sent: {}",
                    mails.size(),
                    e.getClass().getSimpleName());
        }
        return refused;
    }

    private MimeMessage message(MarketingMail marketing) throws MessagingException {
        String page = UnsubscribeRoutes.pageUrl(publicUrl(), marketing.unsubscribeToken());
        String oneClick = UnsubscribeRoutes.oneClickUrl(publicUrl(), marketing.unsubscribeToken());
        var locale = marketing.language().locale();
        String topic = i18n.getTranslation(
                "mydata.enum.SubscriptionTopic." + marketing.topic().name(), locale);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(marketing.to().toString());
        helper.setSubject(marketing.subject());
        helper.setText(
                marketing.text() + "\n\n-- \n" + i18n.getTranslation("unsubscribe.mail.footer", locale, topic, page));
        message.setHeader("List-Unsubscribe", "<" + oneClick + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    /** The kinds of the failures, never their messages: those name the recipients. */
    private static String kinds(MailSendException e) {
        return e.getFailedMessages().values().stream()
                .map(failure -> failure.getClass().getSimpleName())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Read at sending time: with a random port, the port is only known once the server runs. */
    private String publicUrl() {
        return environment.getRequiredProperty("portal.public-url");
    }
}
