package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.Preferences;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The preferences at a glance: what the customer allows, what they objected to, their last change. */
class SummaryPanel extends Section {

    SummaryPanel(Preferences preferences, SubjectLabels labels) {
        setId("consent-summary");
        addClassNames("portal-card", "consent-summary");
        add(
                new H2(getTranslation("preferences.summary.title")),
                line("consent-summary-allowed", "preferences.summary.allowed", preferences, Preference::given, labels),
                line(
                        "consent-summary-objected",
                        "preferences.summary.objected",
                        preferences,
                        Preference::objected,
                        labels));
        Paragraph changed = preferences.history().isEmpty()
                ? new Paragraph(getTranslation("preferences.summary.changed.never"))
                : new Paragraph(getTranslation(
                        "preferences.summary.changed",
                        new Formats(getLocale())
                                .moment(preferences.history().get(0).decidedAt())));
        changed.setId("consent-summary-changed");
        add(changed);
    }

    private Paragraph line(
            String id, String key, Preferences preferences, Predicate<Preference> holds, SubjectLabels labels) {
        List<String> subjects = Stream.of(
                        preferences.purposes().stream().map(Preferences.PurposePreference::preference),
                        preferences.channels().stream(),
                        preferences.topics().stream(),
                        Stream.of(preferences.thirdPartySharing()))
                .flatMap(subject -> subject)
                .filter(holds)
                .map(preference -> labels.subject(preference.subject()))
                .toList();
        Paragraph line = new Paragraph(
                subjects.isEmpty() ? getTranslation(key + ".none") : getTranslation(key, String.join("; ", subjects)));
        line.setId(id);
        return line;
    }
}
