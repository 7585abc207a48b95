package be.cloudgroup.privacy.unsubscribe;

import be.cloudgroup.privacy.marketing.MarketingContact;
import be.cloudgroup.privacy.preferences.ConsentHistory;
import be.cloudgroup.privacy.preferences.ConsentLedger;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.PreferencesService;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unsubscribing through the link in a marketing e-mail, without signing in. The signed link is the
 * credential: it names the customer and the topic, and can only withdraw that topic's e-mail
 * subscription. Opening the link changes nothing ({@link #preview}); confirming records the
 * withdrawal in the consent ledger as made "by e-mail link", once per link however often it is
 * followed. A tampered or expired link changes nothing.
 */
@Service
public class UnsubscribeService {

    private final UnsubscribeLinks links;
    private final SignedUnsubscribeLinks signed;
    private final ConsentLedger ledger;
    private final PreferencesService preferences;

    public UnsubscribeService(
            UnsubscribeLinks links,
            SignedUnsubscribeLinks signed,
            ConsentLedger ledger,
            PreferencesService preferences) {
        this.links = links;
        this.signed = signed;
        this.ledger = ledger;
        this.preferences = preferences;
    }

    /**
     * What confirming will change.
     *
     * @throws UnsubscribeLinkException for a link that is not ours, altered, expired, or whose
     *         customer no longer exists (reported as not valid)
     */
    @PermitAll // the signed link authenticates; nobody is signed in
    @Transactional(readOnly = true)
    public UnsubscribePreview preview(String token) {
        UnsubscribeLink link = links.read(token);
        MarketingContact contact = signed.contactOf(link);
        boolean subscribed = new ConsentHistory(ledger.entriesOf(contact.customerId()))
                .current(SignedUnsubscribeLinks.subjectOf(link))
                .filter(Decision.GIVEN::equals)
                .isPresent();
        return new UnsubscribePreview(link.topic(), contact.maskedEmail(), !subscribed);
    }

    /**
     * Withdraws the link's subscription; following the same link again records nothing more.
     *
     * @return the state after confirming (always unsubscribed)
     * @throws UnsubscribeLinkException as {@link #preview}; nothing is recorded
     */
    @PermitAll // the signed link authenticates; nobody is signed in
    @Transactional
    public UnsubscribePreview confirm(String token) {
        UnsubscribeLink link = links.read(token);
        MarketingContact contact = signed.contactOf(link);
        preferences.recordByLink(token);
        return new UnsubscribePreview(link.topic(), contact.maskedEmail(), true);
    }
}
