package be.cloudgroup.privacy.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.VerificationResult;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.newsletter.MarketingMail;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.UI;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logs carry no unsubscribe token and no recipient address: everything logged (at the configured
 * levels) while links are followed and mail is sent, or fails to be sent, is captured and searched.
 */
class NoSecretsInLogsTest extends KaribuTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    private UnsubscribeLinks links;

    @Autowired
    private ContactVerificationService verifications;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private PortalI18NProvider i18n;

    @Autowired
    private Environment environment;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() throws Exception {
        smtp().purgeEmailFromAllMailboxes();
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(logs);
        logs.stop();
    }

    @Test
    void following_unsubscribe_links_logs_no_token() throws Exception {
        Customer customer = data.customer("Uma", "Uitschrijver");
        String token = links.issue(CustomerNumber.valueOf(customer.customerNumber()), SubscriptionTopic.NEWSLETTER);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        mvc.perform(get("/unsubscribe-one-click/" + token));
        mvc.perform(post("/unsubscribe-one-click/" + token));
        mvc.perform(post("/unsubscribe-one-click/" + token + "x"));
        UI.getCurrent().navigate("unsubscribe/" + token);
        UI.getCurrent().navigate("unsubscribe/" + token.substring(1));

        assertNotLogged(token.substring(token.indexOf('.') + 1), token.substring(0, token.indexOf('.')));
    }

    @Test
    void sending_codes_and_the_notice_to_the_old_address_logs_no_address() throws Exception {
        Customer customer = data.customer("Lena", "Logvrij");
        runAs(data.customerPrincipal(customer));

        verifications.requestEmailChange("lena.nieuw@example.org");
        assertThat(smtp().waitForIncomingEmail(5000, 1)).isTrue();
        Matcher code = CODE.matcher(GreenMailUtil.getBody(smtp().getReceivedMessages()[0]));
        assertThat(code.find()).isTrue();
        assertThat(verifications.confirm(ContactChannel.EMAIL, code.group(1))).isEqualTo(VerificationResult.CONFIRMED);
        verifications.requestMobileChange("+32470555111");

        assertThat(smtp().waitForIncomingEmail(5000, 2)).isTrue();
        assertNotLogged(customer.email(), "lena.nieuw@example.org", "32470555111");
    }

    @Test
    void a_marketing_mail_the_server_refuses_is_logged_without_its_recipient() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            SmtpMarketingMailer mailer = mailerTo(server);
            String token = newsletterLinkOf("Rob", "Refused");

            assertThat(mailer.send(List.of(new MarketingMail(
                            EmailAddress.valueOf("refused.reader@example.org"),
                            Language.EN,
                            SubscriptionTopic.NEWSLETTER,
                            "News",
                            "Hello",
                            token))))
                    .as("the one mail is reported as refused")
                    .containsExactly(0);

            assertThat(logs.list).as("the failure is logged").isNotEmpty();
            assertNotLogged("refused.reader@example.org", token.substring(token.indexOf('.') + 1));
        }
    }

    @Test
    void a_mailing_goes_over_one_connection_and_only_the_refused_recipients_mail_is_reported() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            SmtpMarketingMailer mailer = mailerTo(server);
            String token = newsletterLinkOf("Mia", "Mailing");
            List<MarketingMail> mails = Stream.of("first@example.org", "refused@example.org", "third@example.org")
                    .map(to -> new MarketingMail(
                            EmailAddress.valueOf(to),
                            Language.EN,
                            SubscriptionTopic.NEWSLETTER,
                            "News",
                            "Hello",
                            token))
                    .toList();

            assertThat(mailer.send(mails)).containsExactly(1);
            assertThat(server.taken.get()).as("mails the server took").isEqualTo(2);
            assertThat(server.connections.get()).as("connections to the server").isEqualTo(1);
            assertNotLogged("refused@example.org", "first@example.org");
        }
    }

    private SmtpMarketingMailer mailerTo(RefusingSmtpServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        return new SmtpMarketingMailer(sender, i18n, environment, "portal@example.org");
    }

    private String newsletterLinkOf(String firstName, String lastName) {
        return links.issue(
                CustomerNumber.valueOf(data.customer(firstName, lastName).customerNumber()),
                SubscriptionTopic.NEWSLETTER);
    }

    private void assertNotLogged(String... secrets) {
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            if (event.getLoggerName().startsWith("com.icegreen.greenmail")) {
                continue; // the test's own SMTP server, not the portal
            }
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                texts.add(thrown.getClassName() + ": " + thrown.getMessage());
            }
        }
        for (String secret : secrets) {
            assertThat(texts).as("logged text").noneMatch(text -> text != null && text.contains(secret));
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /**
     * A real SMTP server that refuses every recipient whose address contains "refused" (550), as a
     * mail server does an unknown mailbox, and takes the others' mail; it counts connections and
     * mails taken.
     */
    private static final class RefusingSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger taken = new AtomicInteger();

        RefusingSmtpServer() throws IOException {
            socket = new ServerSocket(0);
            thread = new Thread(this::serve, "refusing-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    connections.incrementAndGet();
                    reply(out, "220 refusing.test ESMTP");
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command =
                                line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                        switch (command) {
                            case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                            case "RCPT" ->
                                reply(
                                        out,
                                        line.contains("refused")
                                                ? "550 5.1.1 " + line.substring(line.indexOf(':') + 1) + " unknown"
                                                : "250 OK");
                            case "DATA" -> {
                                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                                for (String data = in.readLine(); data != null && !data.equals("."); ) {
                                    data = in.readLine();
                                }
                                taken.incrementAndGet();
                                reply(out, "250 OK");
                            }
                            case "QUIT" -> {
                                reply(out, "221 Bye");
                                return;
                            }
                            default -> reply(out, "503 Bad sequence");
                        }
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
