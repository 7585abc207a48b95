package be.cloudgroup.privacy.persistence.marketing;

import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's enrolment in a marketing campaign, as stored in {@code campaign_enrolment}: at most
 * one per customer and campaign, from {@code enrolledOn} up to and including {@code endsOn}.
 */
@Entity
@Table(
        name = "campaign_enrolment",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_campaign_enrolment_customer_campaign",
                        columnNames = {"customer_id", "campaign_id"}))
public class CampaignEnrolmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "customer_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_campaign_enrolment_customer"))
    private CustomerEntity customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "campaign_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_campaign_enrolment_marketing_campaign"))
    private MarketingCampaignEntity campaign;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected CampaignEnrolmentEntity() {
        // for JPA
    }

    public CampaignEnrolmentEntity(
            CustomerEntity customer, MarketingCampaignEntity campaign, LocalDate enrolledOn, LocalDate endsOn) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.enrolledOn = Objects.requireNonNull(enrolledOn, "enrolledOn");
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(enrolledOn)) {
            throw new IllegalArgumentException("An enrolment cannot end before it starts");
        }
    }

    public Long getId() {
        return id;
    }

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    /** The campaign; a lazy reference unless the query fetched it. */
    public MarketingCampaignEntity getCampaign() {
        return campaign;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
