package be.cloudgroup.privacy.ui.preferences;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.layout.Folded;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Preferences view: one click per decision, a confirmation, and the ledger as a timeline. */
class PreferencesViewTest extends KaribuTest {

    private static final ConsentSubject NURTURING = ConsentSubject.purpose("NURTURING");
    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");
    private static final ConsentSubject NEWSLETTER =
            ConsentSubject.topic(SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL);

    @Autowired
    private PreferencesService service;

    @Autowired
    private UnsubscribeLinks links;

    @Test
    void nothing_is_ticked_and_nothing_objected_for_a_customer_who_never_decided() {
        open(data.customer("Nieuw", "Klant"));

        assertThat(_find(Checkbox.class)).hasSize(2 + 4 + 12).noneMatch(Checkbox::getValue);
        assertThat(button(OFFERS).getText()).isEqualTo("Object");
        assertThat(_find(Grid.class, spec -> spec.withId("consent-history"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("You have not made any decision yet.")))
                .isNotNull();
    }

    @Test
    void ticking_and_unticking_a_consent_records_both_and_confirms_each_change() {
        Customer customer = open(data.customer("Toe", "Stemming"));

        _setValue(checkbox(NURTURING), true);
        NotificationsKt.expectNotifications("Saved: Consent given – Keeping prospective customers informed");
        assertThat(checkbox(NURTURING).getValue()).isTrue();

        _setValue(checkbox(NURTURING), false);
        NotificationsKt.expectNotifications("Saved: Consent withdrawn – Keeping prospective customers informed");
        assertThat(checkbox(NURTURING).getValue()).isFalse();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND subject = ?",
                        customer.id(),
                        NURTURING.key()))
                .isEqualTo(2);
    }

    @Test
    void objecting_and_lifting_the_objection_are_one_click_each() {
        open(data.customer("Be", "Zwaar"));

        _click(button(OFFERS));
        NotificationsKt.expectNotifications("Saved: Objection made – Targeted information and offers");
        assertThat(button(OFFERS).getText()).isEqualTo("Lift my objection");
        assertThat(_get(
                        purpose("TARGETED_OFFERS"),
                        Paragraph.class,
                        spec -> spec.withText("This is direct marketing: your objection takes effect at once, without"
                                + " conditions, and only you can lift it.")))
                .isNotNull();

        _click(button(OFFERS));
        NotificationsKt.expectNotifications("Saved: Objection lifted – Targeted information and offers");
        assertThat(button(OFFERS).getText()).isEqualTo("Object");
    }

    @Test
    void purposes_on_contract_or_law_are_folded_explained_and_have_no_switch() {
        open(data.customer("Uit", "Leg"));
        assertThat(_find(Div.class, spec -> spec.withId("purpose-CONTRACT_DELIVERY")))
                .as("the folded purposes are built when opened")
                .isEmpty();

        _get(Folded.class, spec -> spec.withId("consent-needed-details")).setOpened(true);

        for (String code : new String[] {"CONTRACT_DELIVERY", "INVOICING", "LEGAL_COMPLIANCE"}) {
            Div purpose = purpose(code);
            assertThat(_find(purpose, Checkbox.class)).isEmpty();
            assertThat(_find(purpose, Button.class)).isEmpty();
            assertThat(_find(purpose, Paragraph.class, spec -> spec.withClasses("consent-explained")))
                    .hasSize(1);
        }
        assertThat(_get(purpose("INVOICING"), Paragraph.class, spec -> spec.withClasses("consent-explained"))
                        .getText())
                .startsWith("The law requires this");
    }

    @Test
    void the_timeline_shows_every_decision_newest_first_with_how_the_policy_version_and_who() {
        Customer customer = open(data.customer("Tijd", "Lijn"));
        _setValue(checkbox(NEWSLETTER), true);
        service.recordByLink(
                links.issue(CustomerNumber.valueOf(customer.customerNumber()), SubscriptionTopic.NEWSLETTER));

        UI.getCurrent().navigate("preferences");

        Grid<?> history = history();
        assertThat(_size(history)).isEqualTo(2);
        assertThat(_getFormatted(history, 0, "what")).isEqualTo("Newsletter – E-mail");
        assertThat(_getFormatted(history, 0, "decision")).isEqualTo("Consent withdrawn");
        assertThat(_getFormatted(history, 0, "how")).isEqualTo("Through the link in an e-mail");
        assertThat(_getFormatted(history, 0, "who")).isEqualTo("You, through the e-mail link");
        assertThat(_getFormatted(history, 0, "policy")).isEqualTo("1");
        assertThat(_getFormatted(history, 1, "decision")).isEqualTo("Consent given");
        assertThat(_getFormatted(history, 1, "how")).isEqualTo("In the portal");
        assertThat(_getFormatted(history, 1, "who")).isEqualTo("Test Lijn");
        assertThat(checkbox(NEWSLETTER).getValue()).isFalse();
    }

    @Test
    void a_decision_that_fails_to_save_shows_an_error_and_the_previous_state() {
        Customer customer = open(data.customer("Mis", "Lukt"));
        _setValue(checkbox(NEWSLETTER), true);
        NotificationsKt.clearNotifications();

        FailingAudit.whileAuditFails(data, customer, () -> _setValue(checkbox(NEWSLETTER), false));

        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(notice -> assertThat(text(notice)).startsWith("Your choice could not be saved"));
        assertThat(checkbox(NEWSLETTER).getValue()).isTrue();
        assertThat(_size(history())).isOne();
    }

    @Test
    void the_summary_says_what_is_allowed_what_is_objected_and_when_it_last_changed() {
        open(data.customer("Kort", "Overzicht"));
        assertThat(summary("allowed")).isEqualTo("You have not allowed anything that needs your consent.");
        assertThat(summary("changed")).isEqualTo("You have not changed anything yet.");

        _setValue(checkbox(NEWSLETTER), true);
        _click(button(OFFERS));

        assertThat(summary("allowed")).isEqualTo("You allow: Newsletter – E-mail.");
        assertThat(summary("objected")).isEqualTo("You objected to: Targeted information and offers.");
        assertThat(summary("changed")).startsWith("Your last change: ");
    }

    @Test
    void a_purpose_card_folds_the_registers_full_text_and_builds_it_when_opened() {
        open(data.customer("Vol", "Tekst"));
        Folded more = _get(purpose("NURTURING"), Folded.class);
        assertThat(_find(more, Paragraph.class)).isEmpty();

        more.setOpened(true);

        assertThat(_find(more, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("How long we keep the data: "));
    }

    @Test
    void past_the_accounts_rate_limit_a_change_is_refused_with_a_message_and_nothing_is_recorded() {
        Customer customer = open(data.customer("Snel", "Klikker"));
        String refusal = null;
        int clicks = 0;
        while (refusal == null && clicks < 3 * RateLimiter.CAPACITY) {
            long recorded = data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id());
            NotificationsKt.clearNotifications();
            _setValue(checkbox(NEWSLETTER), !checkbox(NEWSLETTER).getValue());
            clicks++;
            refusal = NotificationsKt.getNotifications().stream()
                    .map(PreferencesViewTest::text)
                    .filter(notice -> notice.startsWith("You have done this many times"))
                    .findFirst()
                    .orElse(null);
            if (refusal != null) {
                assertThat(data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id()))
                        .as("a refused change records nothing")
                        .isEqualTo(recorded);
            }
        }

        assertThat(refusal).as("refused once the burst was used up").isNotNull();
        assertThat(clicks).isGreaterThan(RateLimiter.CAPACITY);
    }

    @Test
    void staff_cannot_enter_the_preferences() {
        signIn(data.staffPrincipal(Role.SUPPORT));

        UI.getCurrent().navigate("preferences");

        assertThat(_find(PreferencesView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    private Customer open(Customer customer) {
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate("preferences");
        return customer;
    }

    private static Checkbox checkbox(ConsentSubject subject) {
        return _get(Checkbox.class, spec -> spec.withId(DecisionControls.id(subject)));
    }

    private static Button button(ConsentSubject subject) {
        return _get(Button.class, spec -> spec.withId(DecisionControls.id(subject)));
    }

    private static Div purpose(String code) {
        return _get(Div.class, spec -> spec.withId("purpose-" + code));
    }

    /** The timeline is folded: opened, it shows its table. */
    private static Grid<?> history() {
        Folded folded = _get(Folded.class, spec -> spec.withId("consent-history-details"));
        assertThat(_find(folded, Grid.class)).as("built when opened").isEmpty();
        folded.setOpened(true);
        return _get(folded, Grid.class, spec -> spec.withId("consent-history"));
    }

    private static String summary(String line) {
        return _get(Paragraph.class, spec -> spec.withId("consent-summary-" + line))
                .getText();
    }

    private static String text(Notification notice) {
        return notice.getElement().getProperty("text", "");
    }
}
