package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.newsletter.NewsletterCommand;
import be.cloudgroup.privacy.newsletter.NewsletterService;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo only: right after seeding, the portal's own mailing service sends this month's product news
 * to whoever the consent ledger allows, so the demo mailbox holds a real marketing e-mail with its
 * unsubscribe link. Runs as the portal itself, like other start-up tasks.
 */
final class DemoMailing {

    static final String SUBJECT = "Cloud Group product news";

    private DemoMailing() {
    }

    static int sendProductNews(NewsletterService newsletters) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo", null, List.of(new SimpleGrantedAuthority(AdminBootstrap.SYSTEM_AUTHORITY))));
        try {
            return newsletters.send(new NewsletterCommand(SubscriptionTopic.PRODUCT_NEWS, SUBJECT, """
                    Cloud PBX now comes with call recording in every plan, and our new softphone runs on \
                    Windows, macOS and Linux. Ask your account manager for a demonstration."""));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
