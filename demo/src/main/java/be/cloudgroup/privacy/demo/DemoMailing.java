package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.newsletter.NewsletterCommand;
import be.cloudgroup.privacy.newsletter.NewsletterService;
import be.cloudgroup.privacy.ui.security.SystemTask;

/**
 * Demo only: right after seeding, the portal's own mailing service sends this month's newsletter
 * and a service update to whoever the consent ledger allows, so the demo mailbox holds real
 * marketing e-mail with unsubscribe links. Runs as the portal itself, like other start-up tasks.
 */
final class DemoMailing {

    static final String NEWSLETTER = "Cloud Group newsletter – this month";
    static final String SERVICE_UPDATE = "Planned maintenance of Cloud PBX";

    private DemoMailing() {}

    /** @return how many mails were sent */
    static int send(NewsletterService newsletters) {
        NewsletterCommand newsletter = new NewsletterCommand(SubscriptionTopic.NEWSLETTER, NEWSLETTER, """
                Cloud PBX now comes with call recording in every plan, and our new softphone runs on \
                Windows, macOS and Linux. Ask your account manager for a demonstration.""");
        NewsletterCommand serviceUpdate = new NewsletterCommand(SubscriptionTopic.SERVICE_UPDATES, SERVICE_UPDATE, """
                On the first Sunday of next month, between 02:00 and 04:00, Cloud PBX moves to new \
                servers. Calls in progress at 02:00 may be cut off once.""");
        return SystemTask.run(() -> newsletters.send(newsletter) + newsletters.send(serviceUpdate));
    }
}
