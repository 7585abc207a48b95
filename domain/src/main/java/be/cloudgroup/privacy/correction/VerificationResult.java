package be.cloudgroup.privacy.correction;

/** The outcome of entering a code; only {@link #CONFIRMED} changed anything. */
public enum VerificationResult {
    /** The code was right: the new e-mail address or mobile number is stored. */
    CONFIRMED,
    /** The code was wrong; the customer may try again while attempts are left. */
    WRONG_CODE,
    /** The code expired or was tried too often: the customer requests a new one. */
    EXPIRED,
    /** There is no pending change on this channel. */
    NOTHING_PENDING
}
