package be.cloudgroup.privacy.audit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One-time tickets for a CSV export of the audit trail, bound to the admin who asked and to the
 * filter they had set: 256 random bits, valid for {@link #VALID_FOR}, usable once. In memory, like
 * the download tickets (the page that issues one is on the instance that redeems it).
 */
@Component
class AuditExportTickets {

    static final Duration VALID_FOR = Duration.ofMinutes(2);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    AuditExportTickets(Clock clock) {
        this.clock = clock;
    }

    record Ticket(long accountId, AuditFilter filter, Instant issuedAt) {}

    String issue(long accountId, AuditFilter filter) {
        Instant now = clock.instant();
        tickets.values().removeIf(ticket -> ticket.issuedAt().plus(VALID_FOR).isBefore(now));
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        tickets.put(id, new Ticket(accountId, filter, now));
        return id;
    }

    /** The ticket, if it is known, whoever it belongs to. */
    Optional<Ticket> find(String id) {
        return Optional.ofNullable(id).map(tickets::get);
    }

    /** Removes the ticket; true when this call removed a ticket that was still valid. */
    boolean redeem(String id) {
        Ticket ticket = id == null ? null : tickets.remove(id);
        return ticket != null && !ticket.issuedAt().plus(VALID_FOR).isBefore(clock.instant());
    }
}
