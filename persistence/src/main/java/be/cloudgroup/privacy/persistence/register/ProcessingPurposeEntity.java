package be.cloudgroup.privacy.persistence.register;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.LegalBasis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A purpose in the register of processing (table {@code processing_purpose}), the aggregate root
 * of its categories and recipient links; its texts live in {@link ProcessingPurposeTextEntity}.
 * The version protects admin edits of the whole purpose.
 */
@Entity
@Table(name = "processing_purpose")
public class ProcessingPurposeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_basis", nullable = false, length = 30)
    private LegalBasis legalBasis;

    @Column(name = "direct_marketing", nullable = false)
    private boolean directMarketing;

    @Column(name = "retention_months")
    private Integer retentionMonths;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "processing_purpose_category", joinColumns = @JoinColumn(name = "purpose_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", nullable = false, length = 30)
    private Set<DataCategory> categories = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "processing_purpose_recipient",
            joinColumns = @JoinColumn(name = "purpose_id"),
            inverseJoinColumns = @JoinColumn(name = "recipient_id"))
    private Set<RecipientEntity> recipients = new HashSet<>();

    protected ProcessingPurposeEntity() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public boolean isDirectMarketing() {
        return directMarketing;
    }

    public Integer getRetentionMonths() {
        return retentionMonths;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    /** The data categories, as an unmodifiable copy. */
    public Set<DataCategory> getCategories() {
        return categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    /** The recipients, unmodifiable. */
    public Set<RecipientEntity> getRecipients() {
        return Collections.unmodifiableSet(recipients);
    }
}
