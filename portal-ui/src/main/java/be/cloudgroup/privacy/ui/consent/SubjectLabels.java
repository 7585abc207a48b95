package be.cloudgroup.privacy.ui.consent;

import be.cloudgroup.privacy.consent.ConsentEntry;
import be.cloudgroup.privacy.consent.ConsentSubject;
import be.cloudgroup.privacy.consent.Decision;
import be.cloudgroup.privacy.consent.DecisionMeans;
import be.cloudgroup.privacy.consent.Preferences;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/** The words for subjects, decisions, means and actors, in the reader's language. */
final class SubjectLabels implements Serializable {

    private final Component host;
    private final Map<String, String> purposeNames;

    SubjectLabels(Component host, Preferences preferences) {
        this.host = host;
        this.purposeNames = preferences.purposes().stream().map(Preferences.PurposePreference::purpose)
                .collect(Collectors.toMap(PurposeDetails::code, PurposeDetails::name));
    }

    /** What a decision is about, e.g. "Newsletter by e-mail". */
    String subject(ConsentSubject subject) {
        if (subject instanceof ConsentSubject.Purpose purpose) {
            // a purpose deactivated since keeps its code in old entries
            return purposeNames.getOrDefault(purpose.code(), purpose.code());
        }
        if (subject instanceof ConsentSubject.Channel channel) {
            return host.getTranslation("consent.channel.option", channel(channel.channel()));
        }
        if (subject instanceof ConsentSubject.Topic topic) {
            return host.getTranslation("consent.topic.option",
                    host.getTranslation("profile.enum.SubscriptionTopic." + topic.topic().name()),
                    channel(topic.channel()));
        }
        return host.getTranslation("consent.third-party.subject");
    }

    String decision(Decision decision) {
        return host.getTranslation("consent.decision." + decision.name());
    }

    String means(DecisionMeans means) {
        return host.getTranslation("consent.means." + means.name());
    }

    /** Who recorded the entry: the account's name, or who acted without one. */
    String actor(ConsentEntry entry) {
        return switch (entry.means()) {
            case EMAIL_LINK -> host.getTranslation("consent.actor.email-link");
            case MIGRATED -> host.getTranslation("consent.actor.portal");
            case PORTAL, STAFF_ON_REQUEST -> entry.actorName();
        };
    }

    private String channel(Enum<?> channel) {
        return host.getTranslation("profile.enum.CommunicationChannel." + channel.name());
    }
}
