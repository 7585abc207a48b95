package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.request.ErasurePlan;
import be.cloudgroup.privacy.request.QueueEntry;
import be.cloudgroup.privacy.request.RequestMessenger;
import be.cloudgroup.privacy.request.RequestNotice;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail about requests by SMTP ({@code spring.mail.*}), in the customer's language, sent after
 * the deciding transaction commits (a step that rolls back sends nothing). The receipt names the
 * reference and the due day; an outcome always names the complaint route (GBA/APD) and the DPO;
 * an erasure's outcome lists what was kept, why and until when. The handlers' daily summary goes
 * to {@code portal.requests.queue-email} in English.
 */
@Component
class SmtpRequestMailer implements RequestMessenger {

    private final JavaMailSender mail;
    private final PortalI18NProvider i18n;
    private final String from;
    private final String queue;
    private final String dpoEmail;

    SmtpRequestMailer(
            JavaMailSender mail,
            PortalI18NProvider i18n,
            @Value("${portal.mail.from}") String from,
            @Value("${portal.requests.queue-email}") String queue,
            @Value("${portal.dpo.email}") String dpoEmail) {
        this.mail = mail;
        this.i18n = i18n;
        this.from = from;
        this.queue = queue;
        this.dpoEmail = dpoEmail;
    }

    @Override
    public void notify(RequestNotice notice) {
        Locale locale = notice.language().locale();
        String type = i18n.getTranslation("request.type." + notice.type().name(), locale);
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(notice.dueOn());
        String kind = notice.kind().name().toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder(i18n.getTranslation(
                "request.mail." + kind + ".body",
                locale,
                notice.reference().toString(),
                type,
                due,
                notice.text() == null ? "" : notice.text()));
        if (notice.kind() == RequestNotice.Kind.CLOSED && notice.outcome() != null) {
            body.append("\n\n")
                    .append(i18n.getTranslation(
                            "request.mail.outcome",
                            locale,
                            i18n.getTranslation(
                                    "request.status." + notice.outcome().name(), locale)));
            if (notice.ground() != null) {
                body.append("\n")
                        .append(i18n.getTranslation(
                                "request.outcome.ground",
                                locale,
                                i18n.getTranslation(
                                        "request.refusal." + notice.ground().name(), locale)));
            }
            if (!notice.kept().isEmpty()) {
                body.append("\n\n").append(i18n.getTranslation("request.mail.kept", locale));
                for (ErasurePlan.Step step : notice.kept()) {
                    body.append("\n- ")
                            .append(i18n.getTranslation(
                                    "request.category." + step.category().name(), locale))
                            .append(" (")
                            .append(step.table())
                            .append("): ")
                            .append(i18n.getTranslation(step.reasonKey(), locale));
                    if (!step.keptFor().isEmpty()) {
                        body.append(" – ").append(String.join(", ", step.keptFor()));
                    }
                    if (step.keptUntil() != null) {
                        body.append(" – ")
                                .append(i18n.getTranslation(
                                        "request.mail.until",
                                        locale,
                                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                .withLocale(locale)
                                                .format(step.keptUntil())));
                    }
                }
            }
            if (notice.outcome() != RequestStatus.WITHDRAWN) {
                body.append("\n\n").append(i18n.getTranslation("request.outcome.complaint", locale, dpoEmail));
            }
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.to());
        message.setSubject(i18n.getTranslation(
                "request.mail." + kind + ".subject", locale, notice.reference().toString()));
        message.setText(body.toString());
        afterCommit(message);
    }

    @Override
    public void queueSummary(List<QueueEntry> overdue, List<QueueEntry> dueSoon, long open) {
        Locale locale = Language.EN.locale();
        StringBuilder body = new StringBuilder(
                i18n.getTranslation("request.mail.summary.body", locale, open, overdue.size(), dueSoon.size()));
        body.append("\n\n")
                .append(i18n.getTranslation("request.queue.due.OVERDUE", locale))
                .append(':');
        overdue.forEach(entry -> body.append("\n- ").append(line(entry)));
        body.append("\n\n")
                .append(i18n.getTranslation("request.queue.due.DUE_SOON", locale))
                .append(':');
        dueSoon.stream()
                .filter(entry -> !entry.overdue())
                .forEach(entry -> body.append("\n- ").append(line(entry)));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(queue);
        message.setSubject(i18n.getTranslation("request.mail.summary.subject", locale, overdue.size(), dueSoon.size()));
        message.setText(body.toString());
        afterCommit(message);
    }

    private static String line(QueueEntry entry) {
        // no names: the reference, the type and the clock are enough to open the queue
        return entry.reference() + " " + entry.type() + " " + entry.status() + " due " + entry.dueOn() + " ("
                + entry.daysLeft() + " days)";
    }

    private void afterCommit(SimpleMailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.send(message);
                }
            });
        } else {
            mail.send(message);
        }
    }
}
