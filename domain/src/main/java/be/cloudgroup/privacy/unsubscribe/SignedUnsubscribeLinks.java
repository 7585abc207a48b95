package be.cloudgroup.privacy.unsubscribe;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.MarketingContact;
import be.cloudgroup.privacy.marketing.MarketingContacts;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.SignedLinks;
import org.springframework.stereotype.Component;

/** The preferences' view of an unsubscribe link: verified, and resolved to the customer it names. */
@Component
class SignedUnsubscribeLinks implements SignedLinks {

    private final UnsubscribeLinks links;
    private final MarketingContacts contacts;

    SignedUnsubscribeLinks(UnsubscribeLinks links, MarketingContacts contacts) {
        this.links = links;
        this.contacts = contacts;
    }

    /** @throws UnsubscribeLinkException for a link that is not ours, altered, expired, or of an erased customer */
    @Override
    public Withdrawal verify(String token) {
        UnsubscribeLink link = links.read(token);
        return new Withdrawal(contactOf(link).customerId(), subjectOf(link), link.nonce());
    }

    /** The customer the link names; one erased since the mail was sent has nothing left to unsubscribe. */
    MarketingContact contactOf(UnsubscribeLink link) {
        return contacts.byNumber(link.customer())
                .orElseThrow(() -> new UnsubscribeLinkException(UnsubscribeLinkException.Reason.TAMPERED));
    }

    static ConsentSubject subjectOf(UnsubscribeLink link) {
        return ConsentSubject.topic(link.topic(), CommunicationChannel.EMAIL);
    }
}
