package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.register.CustomerControl;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a decision in the ledger is about. Each subject has a stable {@link #key()} (stored in the
 * ledger, e.g. {@code PURPOSE:NURTURING}, {@code CHANNEL:EMAIL}, {@code TOPIC:NEWSLETTER:EMAIL},
 * {@code THIRD_PARTY_SHARING}) that {@link #parse(String)} reads back.
 *
 * <p>The control of a purpose follows from its legal basis in the register; the other subjects have
 * a fixed control: marketing channels and topic subscriptions are opt-in (nothing pre-ticked,
 * ePrivacy and Art. 7), sharing with third parties for their own purposes can be objected to
 * (section 4.3 of the privacy statement).
 */
public sealed interface ConsentSubject extends Serializable {

    /** The stable key stored in the ledger. */
    String key();

    /** A purpose of the register of processing, by its code. */
    record Purpose(String code) implements ConsentSubject {
        public Purpose {
            if (code == null || code.isBlank() || code.contains(":")) {
                throw new IllegalArgumentException("purpose code must be a register code: " + code);
            }
        }

        @Override
        public String key() {
            return "PURPOSE:" + code;
        }
    }

    /** Direct marketing through one channel. */
    record Channel(CommunicationChannel channel) implements ConsentSubject {
        public Channel {
            Objects.requireNonNull(channel, "channel");
        }

        @Override
        public String key() {
            return "CHANNEL:" + channel.name();
        }
    }

    /** A subscription to a topic (newsletter, product news, service updates) through one channel. */
    record Topic(SubscriptionTopic topic, CommunicationChannel channel) implements ConsentSubject {
        public Topic {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(channel, "channel");
        }

        @Override
        public String key() {
            return "TOPIC:" + topic.name() + ":" + channel.name();
        }
    }

    /** Sharing the customer's data with third parties for their own purposes. */
    record ThirdPartySharing() implements ConsentSubject {
        @Override
        public String key() {
            return "THIRD_PARTY_SHARING";
        }
    }

    /** The control of a subject that is not a purpose; a purpose's control comes from the register. */
    static CustomerControl fixedControl(ConsentSubject subject) {
        if (subject instanceof Purpose) {
            throw new IllegalArgumentException("a purpose's control comes from the register");
        }
        return subject instanceof ThirdPartySharing ? CustomerControl.OBJECT : CustomerControl.GIVE_OR_WITHDRAW;
    }

    static ConsentSubject purpose(String code) {
        return new Purpose(code);
    }

    static ConsentSubject channel(CommunicationChannel channel) {
        return new Channel(channel);
    }

    static ConsentSubject topic(SubscriptionTopic topic, CommunicationChannel channel) {
        return new Topic(topic, channel);
    }

    static ConsentSubject thirdPartySharing() {
        return new ThirdPartySharing();
    }

    /** Reads a key written by {@link #key()}; anything else is an {@link IllegalArgumentException}. */
    static ConsentSubject parse(String key) {
        String[] parts = Objects.requireNonNull(key, "key").split(":", -1);
        return switch (parts[0]) {
            case "PURPOSE" -> parts.length == 2 ? new Purpose(parts[1]) : invalid(key);
            case "CHANNEL" -> parts.length == 2 ? new Channel(CommunicationChannel.valueOf(parts[1])) : invalid(key);
            case "TOPIC" ->
                parts.length == 3
                        ? new Topic(SubscriptionTopic.valueOf(parts[1]), CommunicationChannel.valueOf(parts[2]))
                        : invalid(key);
            case "THIRD_PARTY_SHARING" -> parts.length == 1 ? new ThirdPartySharing() : invalid(key);
            default -> invalid(key);
        };
    }

    private static ConsentSubject invalid(String key) {
        throw new IllegalArgumentException("not a consent subject key: " + key);
    }
}
