package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Demo only: what the portal sent by e-mail or SMS, newest first, read from the demo's SMTP
 * server. Registered by {@link DemoMailboxRoute} only when the demo runs.
 */
@Route(value = "demo/mailbox", layout = MainLayout.class)
@PermitAll
public class DemoMailboxView extends Page {

    public DemoMailboxView(DemoMailbox mailbox) {
        super("correction.demo-mailbox.title");
        List<DemoMailbox.Mail> messages = new ArrayList<>(mailbox.messages());
        Collections.reverse(messages);
        if (messages.isEmpty()) {
            add(paragraph("correction.demo-mailbox.empty"));
        }
        for (DemoMailbox.Mail mail : messages) {
            Article article = new Article(new H2(mail.subject()),
                    new Paragraph(getTranslation("correction.demo-mailbox.to", mail.to())), new Pre(mail.body()));
            article.addClassName("demo-mail");
            add(article);
        }
    }
}
