package be.cloudgroup.privacy.download;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.assist.InAssistSession;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.download.archive.ArchiveWriter;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's door to their download archive (Art. 15(3), Art. 20). The subject is always the
 * signed-in customer. A download takes two steps: the download page asks for a one-time ticket
 * ({@link #requestDownload}), then the browser fetches the file with it outside the UI
 * ({@link #redeem}, then {@link #write}). Each step checks the caller; a ticket presented by another
 * account is "not found" and audited; at most {@link #DOWNLOADS_PER_HOUR} archives per customer per
 * hour, counted from the audit trail under the customer's row lock (so parallel redemptions are
 * counted one after the other); none during a support assist session; every download audited.
 * Asking for tickets and presenting them is throttled by the account's {@link RateLimiter}.
 */
@Service
public class DownloadService {

    public static final int DOWNLOADS_PER_HOUR = 5;
    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final String TARGET = "archive";

    private final ArchiveWriter writer;
    private final DownloadTickets tickets;
    private final DownloadLog log;
    private final InAssistSession assist;
    private final Auditor auditor;
    private final Clock clock;
    private final RateLimiter limiter;

    DownloadService(
            ArchiveWriter writer,
            DownloadTickets tickets,
            DownloadLog log,
            InAssistSession assist,
            Auditor auditor,
            Clock clock,
            RateLimiter limiter) {
        this.limiter = limiter;
        this.writer = writer;
        this.tickets = tickets;
        this.log = log;
        this.assist = assist;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The headings of the table sections the archive holds, in order and as the archive names them. */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public List<String> contents(Language language) {
        return writer.headings(language);
    }

    /**
     * A one-time ticket for the signed-in customer's archive in the given language, valid for two
     * minutes. Refused (and the refusal audited) during an assist session or past the rate limit.
     */
    @RolesAllowed("CUSTOMER")
    @Transactional(noRollbackFor = DownloadRefusedException.class)
    public String requestDownload(Language language) {
        Objects.requireNonNull(language, "language");
        AccountPrincipal account = CurrentAccount.require();
        long customerId = CurrentAccount.requireCustomerId();
        limiter.acquire();
        checkAllowed(customerId);
        return tickets.issue(account.accountId(), customerId, language);
    }

    /**
     * How the signed-in account's download with this ticket is going ({@code FAILED} once it expired
     * unused); a foreign ticket is not found.
     */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public DownloadProgress progress(String ticket) {
        long accountId = CurrentAccount.require().accountId();
        return tickets.find(ticket)
                .filter(found -> found.accountId() == accountId)
                // a ticket that expired unused ends the wait: the page offers a new download
                .map(found -> found.progress() != DownloadProgress.WAITING || found.open(clock.instant())
                        ? found.progress()
                        : DownloadProgress.FAILED)
                .orElseThrow(DownloadNotFoundException::new);
    }

    /**
     * Uses the ticket up and records the download. A ticket that is unknown, expired, used or
     * another account's is not found; another account's presentation is audited on the owner's
     * record (and the ticket revoked), so the customer sees the attempt in their activity.
     */
    @RolesAllowed("CUSTOMER")
    @Transactional(noRollbackFor = {DownloadNotFoundException.class, DownloadRefusedException.class})
    public ArchiveDownload redeem(String ticket) {
        AccountPrincipal account = CurrentAccount.require();
        limiter.acquire();
        DownloadTickets.Ticket found = tickets.find(ticket).orElse(null);
        if (found == null || found.accountId() != account.accountId()) {
            Long subject = found == null ? account.customerId() : Long.valueOf(found.customerId());
            if (found != null) {
                tickets.revoke(ticket);
            }
            auditor.record(
                    AuditAction.ARCHIVE_TICKET_REFUSED,
                    subject,
                    TARGET,
                    null,
                    Map.of("reason", found == null ? "unknown" : "foreign"));
            throw new DownloadNotFoundException();
        }
        log.lockCustomer(found.customerId());
        checkAllowed(found.customerId());
        if (!tickets.redeem(ticket)) {
            throw new DownloadNotFoundException();
        }
        String fileName =
                "privacy-archive-" + account.customerNumber() + "-" + LocalDate.now(clock.withZone(BELGIUM)) + ".zip";
        auditor.record(
                AuditAction.ARCHIVE_DOWNLOADED,
                found.customerId(),
                TARGET,
                fileName,
                Map.of("language", found.language().code()));
        return new ArchiveDownload(ticket, account.accountId(), found.customerId(), found.language(), fileName);
    }

    /** Streams the redeemed archive to {@code out} (not closed), in one read-only transaction. */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public void write(ArchiveDownload download, OutputStream out) throws IOException {
        if (download.accountId() != CurrentAccount.require().accountId()) {
            throw new DownloadNotFoundException();
        }
        boolean complete = false;
        try {
            writer.write(download.customerId(), download.language(), out);
            complete = true;
        } finally {
            tickets.finish(download.ticket(), complete ? DownloadProgress.DONE : DownloadProgress.FAILED);
        }
    }

    private void checkAllowed(long customerId) {
        DownloadRefusedException.Reason reason = null;
        if (assist.inSession()) {
            reason = DownloadRefusedException.Reason.ASSIST_SESSION;
        } else if (log.downloadsSince(customerId, clock.instant().minus(RATE_WINDOW)) >= DOWNLOADS_PER_HOUR) {
            reason = DownloadRefusedException.Reason.RATE_LIMITED;
        }
        if (reason != null) {
            auditor.record(
                    AuditAction.ARCHIVE_DOWNLOAD_REFUSED, customerId, TARGET, null, Map.of("reason", reason.name()));
            throw new DownloadRefusedException(reason);
        }
    }
}
