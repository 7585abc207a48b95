package be.cloudgroup.privacy.persistence.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A published version of the privacy statement; never changed once published. */
@Entity
@Immutable
@Table(name = "policy_version")
public class PolicyVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "version", nullable = false, unique = true)
    private int version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "material", nullable = false)
    private boolean material;

    @Column(name = "published_by_account_id")
    private Long publishedByAccountId;

    @Column(name = "published_by", length = 120)
    private String publishedBy;

    protected PolicyVersionEntity() {
        // for JPA
    }

    PolicyVersionEntity(
            int version, Instant publishedAt, boolean material, Long publishedByAccountId, String publishedBy) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.material = material;
        this.publishedByAccountId = publishedByAccountId;
        this.publishedBy = publishedBy;
    }

    public int getVersion() {
        return version;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isMaterial() {
        return material;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
