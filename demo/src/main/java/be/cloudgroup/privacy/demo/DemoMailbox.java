package be.cloudgroup.privacy.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's real in-process SMTP server (GreenMail) on a free port: it accepts every message for
 * any address and keeps it in memory, so the demo mailbox page can show what the portal sent.
 */
public final class DemoMailbox implements AutoCloseable {

    /** One received message, newest last. */
    public record Mail(String to, String subject, String body) {}

    private final GreenMail smtp;

    private DemoMailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static DemoMailbox start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return new DemoMailbox(smtp);
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    public List<Mail> messages() {
        return Arrays.stream(smtp.getReceivedMessages()).map(DemoMailbox::mail).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            // decoded text (quoted-printable would break long links); raw body for anything else
            Object content = message.getContent();
            return new Mail(
                    to, message.getSubject(), content instanceof String text ? text : GreenMailUtil.getBody(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A demo message cannot be read", e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
