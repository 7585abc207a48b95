package be.cloudgroup.privacy.persistence.policy;

import be.cloudgroup.privacy.policy.PolicyText;
import be.cloudgroup.privacy.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The statement of one version in one language; never changed once published. */
@Entity
@Immutable
@Table(name = "policy_version_text")
public class PolicyVersionTextEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "text", columnDefinition = "MEDIUMTEXT", nullable = false)
    private String text;

    @Column(name = "change_summary", length = 2000)
    private String changeSummary;

    protected PolicyVersionTextEntity() {
        // for JPA
    }

    PolicyVersionTextEntity(int version, Language language, PolicyText text) {
        this.version = version;
        this.language = language;
        this.text = text.text();
        this.changeSummary = text.changeSummary();
    }

    Language getLanguage() {
        return language;
    }

    PolicyText toPolicyText() {
        return new PolicyText(text, changeSummary);
    }
}
