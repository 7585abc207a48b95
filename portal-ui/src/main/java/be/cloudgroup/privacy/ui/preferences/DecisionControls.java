package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.account.RateLimitedException;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.DecisionOutcome;
import be.cloudgroup.privacy.preferences.DecisionRefusedException;
import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switches of the Preferences view, written into the panels' markup: a native checkbox with its
 * label per consent, a button per objection. The page listens once for all of them (a
 * {@code change} of a checkbox, a {@code click} on a button, by their {@code data-*} attributes)
 * instead of one field component with its own listeners per switch. Only a switch of the current
 * rendering counts, each with one idempotency key, so a double click or a resent request records one
 * decision; after every decision the view renders again from the ledger (with new keys), and a
 * decision that failed leaves the old state on screen.
 */
final class DecisionControls implements Serializable {

    private static final Logger log = LoggerFactory.getLogger(DecisionControls.class);

    /** What the browser sends with a checkbox's change: which one and whether it is now ticked. */
    static final String CHANGED_ID = "event.target.id";

    static final String CHANGED_TICKED = "event.target.checked";

    static final String CHANGED_FILTER = "event.target.hasAttribute('data-consent')";

    /** What the browser sends with a click on a button: which one and the decision it showed. */
    static final String CLICKED_ID = "event.target.id";

    static final String CLICKED_DECISION = "event.target.getAttribute('data-decision')";

    static final String CLICKED_FILTER = "event.target.hasAttribute('data-decision')";

    private final transient PreferencesService service;
    private final SerializableConsumer<String> refresh;
    /** The switches on screen now, by their id. */
    private final Map<String, Rendered> rendered = new HashMap<>();

    private SubjectLabels labels;

    private record Rendered(ConsentSubject subject, Decision offered, UUID key) implements Serializable {}

    DecisionControls(PreferencesService service, SerializableConsumer<String> refresh) {
        this.service = service;
        this.refresh = refresh;
    }

    /** Listens on {@code host} for every switch the panels put inside it. */
    void listenOn(Component host) {
        host.getElement()
                .addEventListener("change", event -> ticked(event.getEventData()))
                .addEventData(CHANGED_ID)
                .addEventData(CHANGED_TICKED)
                .setFilter(CHANGED_FILTER);
        host.getElement()
                .addEventListener("click", event -> clicked(event.getEventData()))
                .addEventData(CLICKED_ID)
                .addEventData(CLICKED_DECISION)
                .setFilter(CLICKED_FILTER);
    }

    /** A new rendering: the switches of the previous one no longer count. */
    void startRendering(SubjectLabels labels) {
        this.labels = labels;
        rendered.clear();
    }

    /**
     * A checkbox that gives (ticked) or withdraws (unticked) consent, never ticked without a
     * decision, inside its label. The visible label may be empty (a cell of the channel table): the
     * accessible name always says what it is about, and begins with the visible label.
     */
    void consent(Element parent, Preference preference, String label, String accessibleName) {
        Element wrapper = parent.appendElement("label").addClass("consent-switch");
        Element box = wrapper.appendElement("input")
                .attr("type", "checkbox")
                .id(render(preference.subject(), null))
                .attr("data-consent", "")
                .attr("aria-label", accessibleName);
        if (preference.given()) {
            box.attr("checked", "");
        }
        if (!label.isEmpty()) {
            wrapper.appendElement("span").text(label);
        }
    }

    /** One button to object or to lift the objection. */
    void objection(Element parent, Preference preference, String subjectName) {
        boolean objected = preference.objected();
        Decision offered = objected ? Decision.OBJECTION_LIFTED : Decision.OBJECTED;
        parent.appendElement("vaadin-button")
                .id(render(preference.subject(), offered))
                .attr("data-decision", offered.name())
                .attr(
                        "aria-label",
                        translate(
                                objected ? "preferences.objection.lift.about" : "preferences.objection.make.about",
                                subjectName))
                .text(translate(objected ? "preferences.objection.lift" : "preferences.objection.make"));
    }

    /** The standing of an objection in words. */
    void standing(Element parent, Preference preference) {
        parent.appendElement("p")
                .addClass("consent-objection")
                .text(
                        preference.objected()
                                ? translate("preferences.objection.standing", moment(preference))
                                : translate("preferences.objection.none"));
    }

    private String render(ConsentSubject subject, Decision offered) {
        String id = id(subject);
        rendered.put(id, new Rendered(subject, offered, UUID.randomUUID()));
        return id;
    }

    private void ticked(JsonObject event) {
        Rendered control = rendered.get(text(event, CHANGED_ID));
        JsonValue ticked = event.get(CHANGED_TICKED);
        if (control != null && control.offered() == null && ticked != null && ticked.getType() == JsonType.BOOLEAN) {
            decide(control, ticked.asBoolean() ? Decision.GIVEN : Decision.WITHDRAWN);
        }
    }

    /** A click counts only on a button of this rendering that still offers what it showed. */
    private void clicked(JsonObject event) {
        Rendered control = rendered.get(text(event, CLICKED_ID));
        if (control != null
                && control.offered() != null
                && control.offered().name().equals(text(event, CLICKED_DECISION))) {
            decide(control, control.offered());
        }
    }

    private static String text(JsonObject event, String key) {
        JsonValue value = event.get(key);
        return value != null && value.getType() == JsonType.STRING ? value.asString() : null;
    }

    private void decide(Rendered control, Decision decision) {
        ConsentSubject subject = control.subject();
        try {
            DecisionOutcome outcome = service.decide(new DecideCommand(subject, decision, control.key()));
            notice(
                    translate(
                            outcome == DecisionOutcome.RECORDED ? "preferences.changed" : "preferences.unchanged",
                            labels.subject(subject),
                            labels.decision(decision)),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (DecisionRefusedException refused) {
            notice(translate(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        } catch (RateLimitedException limited) {
            notice(translate("error.rate-limited"), NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException failed) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Consent decision {} on {} failed (reference {})", decision, subject.key(), reference, failed);
            notice(translate("preferences.failed", reference), NotificationVariant.LUMO_ERROR);
        }
        refresh.accept(id(subject));
    }

    static String id(ConsentSubject subject) {
        return "consent-" + subject.key().replace(':', '-');
    }

    private String moment(Preference preference) {
        return new Formats(UI.getCurrent().getLocale()).moment(preference.decidedAt());
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
