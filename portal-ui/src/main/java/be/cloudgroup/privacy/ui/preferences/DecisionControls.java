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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switches of the Preferences view. Each rendered switch carries one idempotency key, so a
 * double click or a resent request records one decision; after every decision the view renders
 * again from the ledger (with new keys), and a decision that failed leaves the old state on screen.
 */
final class DecisionControls implements Serializable {

    private static final Logger log = LoggerFactory.getLogger(DecisionControls.class);

    private final transient PreferencesService service;
    private final SubjectLabels labels;
    private final SerializableConsumer<String> refresh;

    DecisionControls(PreferencesService service, SubjectLabels labels, SerializableConsumer<String> refresh) {
        this.service = service;
        this.labels = labels;
        this.refresh = refresh;
    }

    /**
     * A checkbox that gives (ticked) or withdraws (unticked) consent; never ticked without a
     * decision. The visible label may be empty (a cell of the channel table): the accessible name
     * always says what it is about, and begins with the visible label.
     */
    Checkbox consent(Preference preference, String label, String accessibleName) {
        Checkbox box = new Checkbox(label, preference.given());
        box.setAriaLabel(accessibleName);
        box.setId(id(preference.subject()));
        UUID key = UUID.randomUUID();
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                decide(preference.subject(), change.getValue() ? Decision.GIVEN : Decision.WITHDRAWN, key);
            }
        });
        return box;
    }

    /** One button to object or to lift the objection. */
    Button objection(Preference preference, String subjectName) {
        boolean objected = preference.objected();
        Button button = new Button(translate(objected ? "preferences.objection.lift" : "preferences.objection.make"));
        button.setId(id(preference.subject()));
        button.setAriaLabel(translate(
                objected ? "preferences.objection.lift.about" : "preferences.objection.make.about", subjectName));
        button.setDisableOnClick(true);
        UUID key = UUID.randomUUID();
        button.addClickListener(
                click -> decide(preference.subject(), objected ? Decision.OBJECTION_LIFTED : Decision.OBJECTED, key));
        return button;
    }

    /** The standing of an objection in words. */
    Paragraph standing(Preference preference) {
        Paragraph standing = new Paragraph(
                preference.objected()
                        ? translate("preferences.objection.standing", moment(preference))
                        : translate("preferences.objection.none"));
        standing.addClassName("consent-objection");
        return standing;
    }

    private void decide(ConsentSubject subject, Decision decision, UUID key) {
        try {
            DecisionOutcome outcome = service.decide(new DecideCommand(subject, decision, key));
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
