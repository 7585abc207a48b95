package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.correction.CodeMessenger;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.shared.Language;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo's SMTP server receives both e-mail and SMS codes, and the mailbox page is registered. */
@ExtendWith(SharedDemoPortal.class)
class DemoMailboxIT {

    @Test
    void codes_by_e_mail_and_by_sms_land_in_the_demo_mailbox_which_has_a_page(DemoPortal portal) {
        CodeMessenger messenger = portal.bean(CodeMessenger.class);

        messenger.send(
                CodeMessenger.Purpose.CONTACT_CHANGE, ContactChannel.EMAIL, "new@example.org", "123456", Language.EN);
        messenger.send(CodeMessenger.Purpose.CONTACT_CHANGE, ContactChannel.SMS, "+32470999888", "654321", Language.NL);

        assertThat(portal.mailbox().messages())
                .anySatisfy(mail -> {
                    assertThat(mail.to()).isEqualTo("new@example.org");
                    assertThat(mail.body()).contains("123456");
                })
                .anySatisfy(mail -> {
                    assertThat(mail.subject()).isEqualTo("SMS +32470999888");
                    assertThat(mail.body()).contains("654321");
                });
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(portal.bean(ServletContext.class)))
                .getRegisteredRoutes();
        assertThat(routes).anyMatch(route -> route.getTemplate().equals("demo/mailbox"));
    }
}
