package be.cloudgroup.privacy.download;

import be.cloudgroup.privacy.shared.Language;
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
 * Short-lived, one-time download tickets, bound to the account that asked for them. A ticket is
 * 256 random bits, valid for {@link #VALID_FOR} and usable once; its progress is kept a little
 * longer so the download page can tell how it went.
 *
 * <p>Bounded: an account holds at most {@link #OPEN_PER_ACCOUNT} tickets not yet used, the store
 * at most {@link #MAX_TICKETS}; a ticket is forgotten {@link #KEPT_FOR} after it was issued.
 *
 * <p>Held in memory: a ticket lives for minutes and is only ever redeemed by the instance whose
 * page issued it. Several instances behind a load balancer need sticky sessions (the Vaadin
 * session needs them anyway).
 */
@Component
class DownloadTickets {

    static final Duration VALID_FOR = Duration.ofMinutes(2);
    static final int OPEN_PER_ACCOUNT = 2;
    static final int MAX_TICKETS = 10_000;
    private static final Duration KEPT_FOR = Duration.ofMinutes(30);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    DownloadTickets(Clock clock) {
        this.clock = clock;
    }

    /** A ticket is unused exactly while its progress is {@code WAITING}. */
    record Ticket(long accountId, long customerId, Language language, Instant issuedAt, DownloadProgress progress) {

        Ticket with(DownloadProgress next) {
            return new Ticket(accountId, customerId, language, issuedAt, next);
        }

        /** Not used yet and still valid, or being streamed. */
        boolean open(Instant now) {
            return progress == DownloadProgress.STREAMING
                    || (progress == DownloadProgress.WAITING
                            && !issuedAt.plus(VALID_FOR).isBefore(now));
        }
    }

    /**
     * A new ticket for the account.
     *
     * @throws DownloadRefusedException when the account holds too many open tickets or the store is full
     */
    synchronized String issue(long accountId, long customerId, Language language) {
        Instant now = clock.instant();
        tickets.values().removeIf(ticket -> ticket.issuedAt().plus(KEPT_FOR).isBefore(now));
        if (tickets.values().stream()
                        .filter(ticket -> ticket.accountId() == accountId && ticket.open(now))
                        .count()
                >= OPEN_PER_ACCOUNT) {
            throw new DownloadRefusedException(DownloadRefusedException.Reason.TICKETS_OPEN);
        }
        if (tickets.size() >= MAX_TICKETS) {
            throw new DownloadRefusedException(DownloadRefusedException.Reason.BUSY);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        tickets.put(id, new Ticket(accountId, customerId, language, now, DownloadProgress.WAITING));
        return id;
    }

    /** The ticket, whoever it belongs to, if it is known. */
    Optional<Ticket> find(String id) {
        return Optional.ofNullable(id).map(tickets::get);
    }

    /** Marks the ticket used if it is still valid and unused; true when this call was the one that redeemed it. */
    boolean redeem(String id) {
        Instant now = clock.instant();
        boolean[] redeemed = {false};
        tickets.computeIfPresent(id, (key, ticket) -> {
            if (ticket.progress() != DownloadProgress.WAITING
                    || ticket.issuedAt().plus(VALID_FOR).isBefore(now)) {
                return ticket;
            }
            redeemed[0] = true;
            return ticket.with(DownloadProgress.STREAMING);
        });
        return redeemed[0];
    }

    /**
     * Uses the ticket up without a download (a foreign presentation makes the link worthless); the
     * owner's page then says the download failed and can be asked again.
     */
    void revoke(String id) {
        tickets.computeIfPresent(id, (key, ticket) -> ticket.with(DownloadProgress.FAILED));
    }

    void finish(String id, DownloadProgress progress) {
        tickets.computeIfPresent(id, (key, ticket) -> ticket.with(progress));
    }
}
