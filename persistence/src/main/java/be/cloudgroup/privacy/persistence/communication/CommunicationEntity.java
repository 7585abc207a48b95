package be.cloudgroup.privacy.persistence.communication;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.marketing.MarketingCampaignEntity;
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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message sent to a customer, as logged in {@code communication}: when, how, what kind and its
 * subject, not its content, and the campaign it was part of, if any. Immutable.
 */
@Entity
@Table(name = "communication")
public class CommunicationEntity {

    static final int SUBJECT_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "customer_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_communication_customer"))
    private CustomerEntity customer;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false, updatable = false)
    private CommunicationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private CommunicationKind kind;

    @Column(name = "subject", length = SUBJECT_MAX_LENGTH, nullable = false, updatable = false)
    private String subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(
            name = "campaign_id",
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_communication_marketing_campaign"))
    private @Nullable MarketingCampaignEntity campaign;

    protected CommunicationEntity() {
        // for JPA
    }

    /** A message that was sent; {@code campaign} is null for a message outside any campaign. */
    public CommunicationEntity(
            CustomerEntity customer,
            Instant sentAt,
            CommunicationChannel channel,
            CommunicationKind kind,
            String subject,
            MarketingCampaignEntity campaign) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.campaign = campaign;
        if (subject == null || subject.isBlank() || subject.strip().length() > SUBJECT_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A subject is required, of at most " + SUBJECT_MAX_LENGTH + " characters");
        }
        this.subject = subject.strip();
    }

    public Long getId() {
        return id;
    }

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public CommunicationChannel getChannel() {
        return channel;
    }

    public CommunicationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    /** The campaign the message was part of, if any; a lazy reference. */
    public Optional<MarketingCampaignEntity> getCampaign() {
        return Optional.ofNullable(campaign);
    }
}
