package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.InviteCommand;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "portal_account")
public class PortalAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", length = 36, nullable = false, unique = true, updatable = false)
    private String publicId;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", length = InviteCommand.DISPLAY_NAME_MAX_LENGTH, nullable = false)
    private String displayName;

    @Column(name = "issuer", length = 255)
    private String issuer;

    @Column(name = "subject", length = 255)
    private String subject;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "portal_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 10, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Signing in is not an edit: two tabs signing in at once must not conflict.
    @OptimisticLock(excluded = true)
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PortalAccountEntity() {}

    public PortalAccountEntity(
            EmailAddress email, String displayName, Set<Role> roles, Long customerId, Instant createdAt) {
        this.publicId = UUID.randomUUID().toString();
        this.email = email.toString();
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.customerId = customerId;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    void linkIdentity(String issuer, String subject) {
        if (this.issuer != null) {
            throw new IllegalStateException("Account " + id + " is already linked to an identity");
        }
        this.issuer = issuer;
        this.subject = subject;
    }

    void unlinkIdentity() {
        this.issuer = null;
        this.subject = null;
    }

    void changeStatus(AccountStatus status) {
        this.status = status;
    }

    void changeRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void signedInAt(Instant at) {
        this.lastSignInAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
