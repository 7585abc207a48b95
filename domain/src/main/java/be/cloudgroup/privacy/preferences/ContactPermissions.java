package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may be contacted: the one place marketing selections come from. Answers from the consent
 * ledger, now (the injected clock):
 * <ul>
 *   <li>the purpose: consent given (consent purposes) or no standing objection (legitimate
 *       interest); a purpose on contract or law needs no decision;</li>
 *   <li>the channel: direct marketing through a channel is opt-in, so its consent must be given; for
 *       a subscription (newsletter) the subscription on that channel is the consent, and a
 *       withdrawn channel still excludes;</li>
 *   <li>when the selection goes to a third party for its own purposes: no objection to sharing;</li>
 *   <li>FORMER customers are never in an audience: the relationship that justified contacting them
 *       has ended;</li>
 *   <li>a restriction of processing granted on a privacy request (Art. 18, or what an erasure had
 *       to keep) that covers the purpose or the whole customer leaves the customer out.</li>
 * </ul>
 * The audience is computed in the database and read in pages by customer id, never by loading
 * ledgers into memory. Not a user-facing service: it returns internal ids, and its callers (the
 * services that send or export) secure themselves.
 */
@Component
@Transactional(readOnly = true)
public class ContactPermissions {

    /** The largest page {@link #audience(Audience, long, int)} returns. */
    public static final int MAX_PAGE = 10_000;

    private final ConsentLedger ledger;
    private final ProcessingRegister register;
    private final Clock clock;

    public ContactPermissions(ConsentLedger ledger, ProcessingRegister register, Clock clock) {
        this.ledger = ledger;
        this.register = register;
        this.clock = clock;
    }

    /** Whether the customer may be contacted for the audience's purpose on its channel now. */
    public boolean mayContact(long customerId, Audience audience) {
        return ledger.customerAllows(customerId, rules(audience), clock.instant());
    }

    /**
     * The customers in the audience now, by ascending internal id: at most {@code limit} ids after
     * {@code afterCustomerId} (start with 0; pass the last id of a page to get the next).
     */
    public List<Long> audience(Audience audience, long afterCustomerId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        return ledger.customersAllowing(rules(audience), clock.instant(), afterCustomerId, limit);
    }

    private List<AudienceRule> rules(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        PurposeDetails purpose = ActivePurposes.find(register, audience.purposeCode())
                .orElseThrow(() -> new IllegalArgumentException("No active purpose " + audience.purposeCode()));
        List<AudienceRule> rules = new ArrayList<>();
        ConsentSubject purposeSubject = ConsentSubject.purpose(purpose.code());
        rules.add(AudienceRule.noProcessingRestriction(purposeSubject));
        switch (purpose.control()) {
            case GIVE_OR_WITHDRAW -> rules.add(AudienceRule.consentGiven(purposeSubject));
            case OBJECT -> rules.add(AudienceRule.notRestricted(purposeSubject));
            case EXPLAINED_ONLY -> {
                // rests on contract or law: no decision of the customer is needed
            }
        }
        ConsentSubject channel = ConsentSubject.channel(audience.channel());
        if (audience.topic() == null) {
            rules.add(AudienceRule.consentGiven(channel));
        } else {
            // the subscription is the consent for this topic on this channel; a withdrawn channel still wins
            rules.add(AudienceRule.consentGiven(ConsentSubject.topic(audience.topic(), audience.channel())));
            rules.add(AudienceRule.notRestricted(channel));
        }
        if (audience.thirdParties()) {
            rules.add(AudienceRule.notRestricted(ConsentSubject.thirdPartySharing()));
        }
        return rules;
    }

    /**
     * A marketing selection: a purpose of the register, the channel it goes through, optionally the
     * topic subscribed to (a newsletter), and whether the selection is handed to a third party for
     * its own purposes.
     *
     * @param topic        {@code null} for a mailing that is no subscription (a campaign)
     * @param thirdParties whether the selection goes to a third party for its own purposes
     */
    public record Audience(
            String purposeCode, CommunicationChannel channel, SubscriptionTopic topic, boolean thirdParties) {

        public Audience {
            Objects.requireNonNull(purposeCode, "purposeCode");
            Objects.requireNonNull(channel, "channel");
        }

        /** A campaign for the purpose through the channel: the channel's consent is needed. */
        public static Audience of(String purposeCode, CommunicationChannel channel) {
            return new Audience(purposeCode, channel, null, false);
        }

        /** Subscribers of the topic on this channel: their subscription is the channel's consent. */
        public Audience subscribedTo(SubscriptionTopic subscribed) {
            return new Audience(purposeCode, channel, subscribed, thirdParties);
        }

        /** The same selection, handed to a third party for its own purposes. */
        public Audience sharedWithThirdParties() {
            return new Audience(purposeCode, channel, topic, true);
        }
    }
}
