package be.cloudgroup.privacy.persistence.marketing;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a customer wants to hear about a topic through a channel, as stored in
 * {@code channel_subscription}: at most one row per customer, topic and channel, edited by the
 * customer (hence versioned). {@code changedAt} is when the customer last said yes or no.
 */
@Entity
@Table(name = "channel_subscription", uniqueConstraints = @UniqueConstraint(
        name = "uk_channel_subscription_customer_topic_channel", columnNames = {"customer_id", "topic", "channel"}))
public class ChannelSubscriptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_channel_subscription_customer"))
    private CustomerEntity customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 20, nullable = false, updatable = false)
    private SubscriptionTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false, updatable = false)
    private CommunicationChannel channel;

    @Column(name = "subscribed", nullable = false)
    private boolean subscribed;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected ChannelSubscriptionEntity() {
        // for JPA
    }

    public ChannelSubscriptionEntity(CustomerEntity customer, SubscriptionTopic topic, CommunicationChannel channel,
            boolean subscribed, Instant changedAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.subscribed = subscribed;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    /** The customer asks to receive this topic through this channel. */
    public void subscribe(Instant at) {
        change(true, at);
    }

    /** The customer no longer wants this topic through this channel; this always takes effect. */
    public void unsubscribe(Instant at) {
        change(false, at);
    }

    private void change(boolean subscribed, Instant at) {
        this.subscribed = subscribed;
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    public SubscriptionTopic getTopic() {
        return topic;
    }

    public CommunicationChannel getChannel() {
        return channel;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The optimistic-lock version; null until saved. */
    public Long getVersion() {
        return version;
    }
}
