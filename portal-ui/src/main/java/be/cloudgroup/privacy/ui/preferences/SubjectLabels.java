package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.ConsentEntry;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.DecisionMeans;
import be.cloudgroup.privacy.preferences.Preferences;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of the page (subjects, decisions, means, actors and the rest), in the reader's language. */
final class SubjectLabels implements Serializable {

    private final Component host;
    private final Map<String, String> purposeNames;

    SubjectLabels(Component host, Preferences preferences) {
        this.host = host;
        this.purposeNames = preferences.purposes().stream()
                .map(Preferences.PurposePreference::purpose)
                .collect(Collectors.toMap(PurposeDetails::code, PurposeDetails::name));
    }

    /** What a decision is about, e.g. "Newsletter by e-mail". */
    String subject(ConsentSubject subject) {
        if (subject instanceof ConsentSubject.Purpose purpose) {
            // a purpose deactivated since keeps its code in old entries
            return purposeNames.getOrDefault(purpose.code(), purpose.code());
        }
        if (subject instanceof ConsentSubject.Channel channel) {
            return host.getTranslation("preferences.channel.option", channel(channel.channel()));
        }
        if (subject instanceof ConsentSubject.Topic topic) {
            return host.getTranslation(
                    "preferences.topic.option",
                    host.getTranslation(
                            "mydata.enum.SubscriptionTopic." + topic.topic().name()),
                    channel(topic.channel()));
        }
        return host.getTranslation("preferences.third-party.subject");
    }

    /** Any other text of the page. */
    String text(String key, Object... arguments) {
        return host.getTranslation(key, arguments);
    }

    String decision(Decision decision) {
        return host.getTranslation("preferences.decision." + decision.name());
    }

    String means(DecisionMeans means) {
        return host.getTranslation("preferences.means." + means.name());
    }

    /** Who recorded the entry: the account's name, or who acted without one. */
    String actor(ConsentEntry entry) {
        return switch (entry.means()) {
            case EMAIL_LINK -> host.getTranslation("preferences.actor.email-link");
            case MIGRATED -> host.getTranslation("preferences.actor.portal");
            case PORTAL -> entry.actorName();
            // "Name · #12": recorded in assist session 12 (PreferencesService.assistedActorName)
            case STAFF_ON_REQUEST ->
                entry.actorName().matches(".* · #\\d+")
                        ? host.getTranslation(
                                "assist.ledger.actor",
                                entry.actorName().replaceAll(" · #\\d+$", ""),
                                entry.actorName().replaceAll(".* · #", ""))
                        : entry.actorName();
        };
    }

    private String channel(Enum<?> channel) {
        return host.getTranslation("mydata.enum.CommunicationChannel." + channel.name());
    }
}
