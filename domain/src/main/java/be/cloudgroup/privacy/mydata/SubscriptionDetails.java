package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import java.time.Instant;

/** Whether the customer wants a topic through a channel, and when they last said so. */
public record SubscriptionDetails(
        SubscriptionTopic topic, CommunicationChannel channel, boolean subscribed, Instant changedAt) {}
