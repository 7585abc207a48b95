package be.cloudgroup.privacy.persistence.marketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A marketing campaign as stored in {@code marketing_campaign}: a code, a name, the purpose of
 * the register it serves (e.g. {@code NURTURING}) and the days it runs, both inclusive.
 */
@Entity
@Table(
        name = "marketing_campaign",
        uniqueConstraints = @UniqueConstraint(name = "uk_marketing_campaign_code", columnNames = "code"))
public class MarketingCampaignEntity {

    static final int CODE_MAX_LENGTH = 30;
    static final int NAME_MAX_LENGTH = 120;
    static final int PURPOSE_CODE_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = CODE_MAX_LENGTH, nullable = false, updatable = false)
    private String code;

    @Column(name = "name", length = NAME_MAX_LENGTH, nullable = false)
    private String name;

    @Column(name = "purpose_code", length = PURPOSE_CODE_MAX_LENGTH, nullable = false)
    private String purposeCode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected MarketingCampaignEntity() {
        // for JPA
    }

    /** A campaign running from {@code startsOn} up to and including {@code endsOn}. */
    public MarketingCampaignEntity(String code, String name, String purposeCode, LocalDate startsOn, LocalDate endsOn) {
        this.code = requireText(code, CODE_MAX_LENGTH, "code");
        this.name = requireText(name, NAME_MAX_LENGTH, "name");
        this.purposeCode = requireText(purposeCode, PURPOSE_CODE_MAX_LENGTH, "purposeCode");
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A campaign cannot end before it starts");
        }
    }

    private static String requireText(String text, int maxLength, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The code of the purpose in the register of processing, e.g. {@code NURTURING}. */
    public String getPurposeCode() {
        return purposeCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
