package be.cloudgroup.privacy.persistence.ticket;

import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service ticket as stored in {@code service_ticket}. Its subject may contain personal data
 * written by the customer or an agent: shown only to the customer and support staff.
 */
@Entity
@Table(
        name = "service_ticket",
        uniqueConstraints = @UniqueConstraint(name = "uk_service_ticket_ticket_number", columnNames = "ticket_number"))
public class ServiceTicketEntity {

    static final int TICKET_NUMBER_MAX_LENGTH = 20;
    static final int SUBJECT_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_service_ticket_customer"))
    private CustomerEntity customer;

    @Column(name = "ticket_number", length = TICKET_NUMBER_MAX_LENGTH, nullable = false, updatable = false)
    private String ticketNumber;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false)
    private TicketChannel channel;

    @Column(name = "subject", length = SUBJECT_MAX_LENGTH, nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private TicketStatus status;

    protected ServiceTicketEntity() {
        // for JPA
    }

    /** A new, open ticket. */
    public ServiceTicketEntity(
            CustomerEntity customer, String ticketNumber, Instant openedAt, TicketChannel channel, String subject) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.ticketNumber = requireText(ticketNumber, TICKET_NUMBER_MAX_LENGTH, "ticketNumber");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.subject = requireText(subject, SUBJECT_MAX_LENGTH, "subject");
        this.status = TicketStatus.OPEN;
    }

    /** Closes the ticket at the given moment, which cannot lie before it was opened. */
    public void close(Instant at) {
        if (at.isBefore(openedAt)) {
            throw new IllegalArgumentException("A ticket cannot be closed before it was opened");
        }
        this.closedAt = at;
        this.status = TicketStatus.CLOSED;
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

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public TicketStatus getStatus() {
        return status;
    }
}
