package be.cloudgroup.privacy.persistence.register;

import be.cloudgroup.privacy.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The texts of one purpose in one language (table {@code processing_purpose_text}); at most one
 * row per purpose and language, and the English row is the fallback for the others.
 */
@Entity
@Table(name = "processing_purpose_text")
public class ProcessingPurposeTextEntity {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    public static final int RETENTION_MAX_LENGTH = 500;
    public static final int SOURCE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purpose_id", nullable = false)
    private ProcessingPurposeEntity purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "retention", nullable = false, length = RETENTION_MAX_LENGTH)
    private String retention;

    @Column(name = "source", nullable = false, length = SOURCE_MAX_LENGTH)
    private String source;

    protected ProcessingPurposeTextEntity() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public ProcessingPurposeEntity getPurpose() {
        return purpose;
    }

    public Language getLanguage() {
        return language;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getRetention() {
        return retention;
    }

    public String getSource() {
        return source;
    }
}
