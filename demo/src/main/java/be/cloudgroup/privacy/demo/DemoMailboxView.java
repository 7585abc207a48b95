package be.cloudgroup.privacy.demo;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo only: what the portal sent by e-mail or SMS, newest first, read from the demo's SMTP
 * server. Registered by {@link DemoMailboxRoute} only when the demo runs.
 */
@Route(value = "demo/mailbox", layout = MainLayout.class)
@PermitAll
public class DemoMailboxView extends Page implements BeforeEnterObserver {

    /** Mailings go to hundreds of demo customers: the page shows the newest only, or one recipient's. */
    private static final int SHOWN = 100;

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;

    public DemoMailboxView(DemoMailbox mailbox) {
        super("correction.demo-mailbox.title");
        this.mailbox = mailbox;
    }

    /** {@code ?to=address} shows only the mail to that address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String to = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("to")
                .orElse("");
        List<DemoMailbox.Mail> messages = new ArrayList<>(mailbox.messages().stream()
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
