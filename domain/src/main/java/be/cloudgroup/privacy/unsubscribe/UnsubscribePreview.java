package be.cloudgroup.privacy.unsubscribe;

import be.cloudgroup.privacy.marketing.SubscriptionTopic;

/**
 * What following an unsubscribe link will change, shown before the holder confirms. Names the
 * address only masked: the link may have been forwarded.
 *
 * @param alreadyUnsubscribed the customer no longer receives this topic by e-mail; confirming changes nothing
 */
public record UnsubscribePreview(SubscriptionTopic topic, String maskedEmail, boolean alreadyUnsubscribed) {}
