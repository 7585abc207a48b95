package be.cloudgroup.privacy.unsubscribe;

import java.util.Locale;

/** An unsubscribe link that cannot be honoured; nothing was changed. */
public class UnsubscribeLinkException extends RuntimeException {

    /** Why: not signed by this portal (or altered), or past its validity. */
    public enum Reason {
        TAMPERED,
        EXPIRED
    }

    private final Reason reason;

    public UnsubscribeLinkException(Reason reason) {
        super("Unsubscribe link " + reason.name().toLowerCase(Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
