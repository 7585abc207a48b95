package be.cloudgroup.privacy.marketing;

/** What the customer can subscribe to, per channel, and unsubscribe from at any time. */
public enum SubscriptionTopic {
    NEWSLETTER,
    PRODUCT_NEWS,
    SERVICE_UPDATES
}
