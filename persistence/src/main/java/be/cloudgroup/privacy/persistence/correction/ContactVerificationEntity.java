package be.cloudgroup.privacy.persistence.correction;

import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.PendingVerification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A pending e-mail or mobile change in {@code contact_verification}; holds a hash of the code, never the code. */
@Entity
@Table(name = "contact_verification")
public class ContactVerificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 5, nullable = false)
    private ContactChannel channel;

    @Column(name = "new_value", length = 254, nullable = false)
    private String newValue;

    @Column(name = "code_hash", length = 100, nullable = false)
    private String codeHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "attempts_left", nullable = false)
    private int attemptsLeft;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected ContactVerificationEntity() {
        // for JPA
    }

    ContactVerificationEntity(long customerId, ContactChannel channel) {
        this.customerId = customerId;
        this.channel = channel;
    }

    /** Replaces whatever was pending: a new value, a new code, a fresh count of attempts. */
    void renew(PendingVerification verification) {
        this.newValue = verification.newValue();
        this.codeHash = verification.codeHash();
        this.expiresAt = verification.expiresAt();
        this.attemptsLeft = verification.attemptsLeft();
    }

    void useAttempt() {
        attemptsLeft = Math.max(0, attemptsLeft - 1);
    }

    PendingVerification toPending() {
        return new PendingVerification(channel, newValue, codeHash, expiresAt, attemptsLeft);
    }
}
