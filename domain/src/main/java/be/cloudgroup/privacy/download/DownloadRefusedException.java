package be.cloudgroup.privacy.download;

/** A download the customer may not have right now; the reason says why, and the UI says it in words. */
public class DownloadRefusedException extends RuntimeException {

    /** Why a download is refused. */
    public enum Reason {
        /** {@link DownloadService#DOWNLOADS_PER_HOUR} archives were already handed out in the last hour. */
        RATE_LIMITED,
        /** A support agent is assisting the customer; only the customer downloads their data. */
        ASSIST_SESSION,
        /** The account already holds {@link DownloadTickets#OPEN_PER_ACCOUNT} tickets not yet used. */
        TICKETS_OPEN,
        /** The portal holds as many tickets as it keeps ({@link DownloadTickets#MAX_TICKETS}); try again shortly. */
        BUSY
    }

    private final Reason reason;

    public DownloadRefusedException(Reason reason) {
        super("Download refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
