package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Preference;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Newsletters and other topics, each per channel; one checkbox per topic and channel. */
class SubscriptionsPanel extends Section {

    SubscriptionsPanel(List<Preference> topics, DecisionControls controls, SubjectLabels labels) {
        setId("consent-subscriptions");
        add(
                new H2(getTranslation("preferences.topics.title")),
                new Paragraph(getTranslation("preferences.topics.intro")));
        Map<Enum<?>, Div> groups = new LinkedHashMap<>();
        for (Preference topic : topics) {
            ConsentSubject.Topic subject = (ConsentSubject.Topic) topic.subject();
            groups.computeIfAbsent(subject.topic(), key -> {
                        Div group = new Div(new H3(getTranslation("mydata.enum.SubscriptionTopic." + key.name())));
                        group.addClassName("consent-topic");
                        add(group);
                        return group;
                    })
                    .add(controls.consent(topic, labels.subject(subject)));
        }
    }
}
