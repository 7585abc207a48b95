package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.PurposeDetails;
import java.util.List;

/**
 * Everything the customer controls, with the current state of each: the purposes of the register
 * in register order, the marketing channels, the topic subscriptions (per topic and channel) and
 * sharing with third parties — and the ledger they were derived from, newest first (the history).
 */
public record Preferences(
        List<PurposePreference> purposes,
        List<Preference> channels,
        List<Preference> topics,
        Preference thirdPartySharing,
        List<ConsentEntry> history) {

    public Preferences {
        purposes = List.copyOf(purposes);
        channels = List.copyOf(channels);
        topics = List.copyOf(topics);
        history = List.copyOf(history);
    }

    /** A purpose of the register with the customer's state; explained-only purposes have no decision. */
    public record PurposePreference(PurposeDetails purpose, Preference preference) {}
}
