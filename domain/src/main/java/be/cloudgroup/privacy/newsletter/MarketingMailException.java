package be.cloudgroup.privacy.newsletter;

/** The mail server did not take a marketing e-mail; the mailing goes on with the next recipient. */
public class MarketingMailException extends RuntimeException {

    public MarketingMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
