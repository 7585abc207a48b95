package be.cloudgroup.privacy.persistence.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recipient (processor) of personal data (table {@code recipient}), shared by several purposes. */
@Entity
@Table(name = "recipient")
public class RecipientEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "service", nullable = false, length = 200)
    private String service;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RecipientEntity() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getService() {
        return service;
    }

    public String getCountry() {
        return country;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public long getVersion() {
        return version;
    }
}
