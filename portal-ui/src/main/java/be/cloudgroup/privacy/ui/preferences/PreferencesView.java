package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.preferences.Preferences;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Preferences: a summary first (what the customer allows, what they objected to, their last
 * change), then a compact card per purpose that leaves a choice (give or withdraw consent, object
 * or lift an objection) and for sharing with third parties, the channels and topics as one table
 * of checkboxes, the purposes on contract or law folded with their reason, and the customer's own
 * ledger as a timeline. Every decision is one click or key press; after each, the page is read again from the
 * ledger, so it always shows what was really recorded. The panels' texts and switches are one element
 * each, the switches heard by one listener per kind on the content (an open tab is a Vaadin UI held
 * on the server: README, Performance, "Memory per open tab").
 */
@Route("preferences")
@Menu(title = "preferences.nav", order = 3, icon = "vaadin:check-square-o")
@RolesAllowed("CUSTOMER")
public class PreferencesView extends Page implements BeforeEnterObserver {

    private final transient PreferencesService service;
    private final Div content = new Div();
    private final DecisionControls controls;

    public PreferencesView(PreferencesService service) {
        super("preferences.title");
        this.service = service;
        this.controls = new DecisionControls(service, this::renderAndFocus);
        content.addClassName("consent-preferences");
        controls.listenOn(content);
        add(paragraph("preferences.intro"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    /**
     * Renders again after a decision, and puts the keyboard focus back on the switch just used (in
     * the browser, once the new markup is in place).
     */
    private void renderAndFocus(String controlId) {
        render();
        content.getElement()
                .executeJs("const control = document.getElementById($0); if (control) control.focus()", controlId);
    }

    private void render() {
        Preferences preferences = service.preferences(LanguagePreference.current());
        SubjectLabels labels = new SubjectLabels(this, preferences);
        controls.startRendering(labels);
        content.removeAll();
        content.add(
                new SummaryPanel(preferences, labels, getLocale()),
                new PurposesPanel(preferences.purposes(), preferences.thirdPartySharing(), controls, labels),
                new SubscriptionsPanel(preferences.channels(), preferences.topics(), controls, labels),
                new NeededPanel(preferences.purposes(), labels),
                new HistoryPanel(preferences.history(), labels));
    }
}
