package be.cloudgroup.privacy.newsletter;

import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.shared.Language;

/**
 * One marketing e-mail to one customer. {@code unsubscribeToken} is that mail's own signed link
 * (see {@code consent.UnsubscribeLinks}); a marketing mail without one cannot be built.
 */
public record MarketingMail(
        EmailAddress to,
        Language language,
        SubscriptionTopic topic,
        String subject,
        String text,
        String unsubscribeToken) {

    public MarketingMail {
        if (unsubscribeToken == null || unsubscribeToken.isBlank()) {
            throw new IllegalArgumentException("A marketing e-mail needs its unsubscribe link");
        }
    }
}
