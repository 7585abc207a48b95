package be.cloudgroup.privacy.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A portal sign-in: security data the customer sees under Activity. Never updated. */
@Entity
@Table(name = "portal_sign_in")
public class PortalSignInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "ip_truncated", length = 45, nullable = false)
    private String ipTruncated;

    @Column(name = "user_agent", length = 200, nullable = false)
    private String userAgent;

    protected PortalSignInEntity() {}

    public PortalSignInEntity(
            Long accountId, Long customerId, Instant signedInAt, String ipTruncated, String userAgent) {
        this.accountId = accountId;
        this.customerId = customerId;
        this.signedInAt = signedInAt;
        this.ipTruncated = ipTruncated;
        this.userAgent = userAgent;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public String getIpTruncated() {
        return ipTruncated;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
