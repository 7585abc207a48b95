package be.cloudgroup.privacy.unsubscribe;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import java.time.Instant;
import java.util.UUID;

/**
 * What a genuine, unexpired unsubscribe link says: stop sending this customer e-mails about this
 * topic. {@code nonce} identifies the link (one decision however often it is followed).
 */
public record UnsubscribeLink(CustomerNumber customer, SubscriptionTopic topic, Instant expiresAt, UUID nonce) {}
