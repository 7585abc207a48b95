package be.cloudgroup.privacy.persistence.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published version of the privacy statement; never changed once published. */
@Entity
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

    protected PolicyVersionEntity() {
        // for JPA
    }

    PolicyVersionEntity(int version, Instant publishedAt, boolean material) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.material = material;
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
}
