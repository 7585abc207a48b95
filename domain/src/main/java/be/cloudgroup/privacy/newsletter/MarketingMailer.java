package be.cloudgroup.privacy.newsletter;

/**
 * Port to the outgoing mail server for marketing e-mails. The adapter puts the unsubscribe link in
 * the text (translated) and in the {@code List-Unsubscribe} headers (RFC 2369, one-click RFC 8058).
 */
public interface MarketingMailer {

    /** @throws MarketingMailException when the mail server does not take the mail */
    void send(MarketingMail mail);
}
