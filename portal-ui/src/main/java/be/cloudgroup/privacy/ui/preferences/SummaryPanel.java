package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.Preferences;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Markup;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * The preferences at a glance: what the customer allows, what they objected to, their last change.
 * One element (see {@link Markup}).
 */
class SummaryPanel extends Markup {

    SummaryPanel(Preferences preferences, SubjectLabels labels, Locale locale) {
        super(markup(preferences, labels, locale));
    }

    private static Element markup(Preferences preferences, SubjectLabels labels, Locale locale) {
        Element section = Markup.root("section")
                .id("consent-summary")
                .addClass("portal-card")
                .addClass("consent-summary");
        section.appendElement("h2").text(labels.text("preferences.summary.title"));
        line(section, "consent-summary-allowed", "preferences.summary.allowed", preferences, Preference::given, labels);
        line(
                section,
                "consent-summary-objected",
                "preferences.summary.objected",
                preferences,
                Preference::objected,
                labels);
        section.appendElement("p")
                .id("consent-summary-changed")
                .text(
                        preferences.history().isEmpty()
                                ? labels.text("preferences.summary.changed.never")
                                : labels.text(
                                        "preferences.summary.changed",
                                        new Formats(locale)
                                                .moment(preferences
                                                        .history()
                                                        .get(0)
                                                        .decidedAt())));
        return section;
    }

    private static void line(
            Element section,
            String id,
            String key,
            Preferences preferences,
            Predicate<Preference> holds,
            SubjectLabels labels) {
        List<String> subjects = Stream.of(
                        preferences.purposes().stream().map(Preferences.PurposePreference::preference),
                        preferences.channels().stream(),
                        preferences.topics().stream(),
                        Stream.of(preferences.thirdPartySharing()))
                .flatMap(subject -> subject)
                .filter(holds)
                .map(preference -> labels.subject(preference.subject()))
                .toList();
        section.appendElement("p")
                .id(id)
                .text(subjects.isEmpty() ? labels.text(key + ".none") : labels.text(key, String.join("; ", subjects)));
    }
}
