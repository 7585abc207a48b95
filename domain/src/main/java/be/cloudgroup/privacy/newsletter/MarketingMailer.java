package be.cloudgroup.privacy.newsletter;

import java.util.List;
import java.util.Set;

/**
 * Port to the outgoing mail server for marketing e-mails. The adapter puts the unsubscribe link in
 * the text (translated) and in the {@code List-Unsubscribe} headers (RFC 2369, one-click RFC 8058).
 */
public interface MarketingMailer {

    /**
     * Sends the mails, all over one connection to the mail server where it can.
     *
     * @return the positions (in {@code mails}) of those the mail server did not take; the others
     *     were sent
     */
    Set<Integer> send(List<MarketingMail> mails);
}
