package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Demo only: what the portal sent by e-mail or SMS, newest first, read from the demo's SMTP
 * server. Registered by {@link DemoMailboxRoute} only when the demo runs. Signed in only: a customer
 * sees the mail to their own e-mail address and mobile number, and the codes sent to a new one they
 * are confirming; an administrator sees all mail; anyone else none.
 */
@Route(value = "demo/mailbox", layout = MainLayout.class)
@PermitAll
public class DemoMailboxView extends Page implements BeforeEnterObserver {

    /** Mailings go to hundreds of demo customers: the page shows the newest only, or one recipient's. */
    private static final int SHOWN = 100;

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;
    private final CorrectionService corrections;
    private final ContactVerificationService verifications;

    public DemoMailboxView(
            DemoMailbox mailbox, CorrectionService corrections, ContactVerificationService verifications) {
        super("correction.demo-mailbox.title");
        this.mailbox = mailbox;
        this.corrections = corrections;
        this.verifications = verifications;
    }

    /** {@code ?to=address} shows only the mail to that address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String to = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("to")
                .orElse("");
        Predicate<String> visible = visibleRecipients();
        List<DemoMailbox.Mail> messages = new ArrayList<>(mailbox.messages().stream()
                .filter(mail -> visible.test(mail.to()))
                .filter(mail -> to.isEmpty() || mail.to().equalsIgnoreCase(to))
                .toList());
        Collections.reverse(messages);
        if (messages.size() > SHOWN) {
            add(paragraph("correction.demo-mailbox.newest", SHOWN, messages.size()));
            messages = messages.subList(0, SHOWN);
        }
        if (messages.isEmpty()) {
            add(paragraph("correction.demo-mailbox.empty"));
        }
        messages.forEach(mail -> add(article(mail)));
    }

    /** Whose mail the signed-in account may read: all for an administrator, a customer's own, else none. */
    private Predicate<String> visibleRecipients() {
        AccountPrincipal account = CurrentAccount.get().orElse(null);
        if (account != null && account.has(Role.ADMIN)) {
            return recipient -> true;
        }
        if (account == null || !account.has(Role.CUSTOMER)) {
            return recipient -> false;
        }
        ContactDetails details = corrections.currentDetails();
        Set<String> own = new HashSet<>();
        Stream.of(details.email(), verifications.pending(ContactChannel.EMAIL).orElse(null))
                .filter(Objects::nonNull)
                .map(address -> address.toLowerCase(Locale.ROOT))
                .forEach(own::add);
        Stream.of(details.mobile(), verifications.pending(ContactChannel.SMS).orElse(null))
                .filter(number -> number != null && number.startsWith("+"))
                .map(DemoSmsGateway::address)
                .forEach(own::add);
        return recipient -> own.contains(recipient.toLowerCase(Locale.ROOT));
    }

    private Article article(DemoMailbox.Mail mail) {
        Article article = new Article(
                new H2(mail.subject()),
                new Paragraph(getTranslation("correction.demo-mailbox.to", mail.to())),
                new Pre(mail.body()));
        // links in a mail (e.g. unsubscribe) are followed as a mail program would: one click
        Matcher links = LINK.matcher(mail.body());
        while (links.find()) {
            Anchor link = new Anchor(links.group(), links.group());
            link.addClassName("demo-mail-link");
            link.getElement().setAttribute("router-ignore", true);
            article.add(new Paragraph(link));
        }
        article.addClassName("demo-mail");
        return article;
    }
}
