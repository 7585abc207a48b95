package be.cloudgroup.privacy.ui.preferences;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.layout.Folded;
import be.cloudgroup.privacy.ui.layout.Markup;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Preferences view: one click per decision, a confirmation, and the ledger as a timeline. */
class PreferencesViewTest extends KaribuTest {

    /** The switches as a screen reader names them. */
    private static final String NURTURING = "I consent: Keeping prospective customers informed";

    private static final String OFFERS = "Targeted information and offers";
    private static final String NEWSLETTER = "Newsletter – E-mail";

    @Autowired
    private PreferencesService service;

    @Autowired
    private UnsubscribeLinks links;

    @Test
    void nothing_is_ticked_and_nothing_objected_for_a_customer_who_never_decided() {
        open(data.customer("Nieuw", "Klant"));

        assertThat(markup().select("input[type=checkbox]"))
                .hasSize(2 + 4 + 12)
                .noneMatch(box -> box.hasAttr("checked"));
        assertThat(button(OFFERS).text()).isEqualTo("Object");
        assertThat(_find(Grid.class, spec -> spec.withId("consent-history"))).isEmpty();
        assertThat(markup().select("p").eachText()).contains("You have not made any decision yet.");
    }

    @Test
    void ticking_and_unticking_a_consent_records_both_and_confirms_each_change() {
        Customer customer = open(data.customer("Toe", "Stemming"));

        toggle(NURTURING);
        NotificationsKt.expectNotifications("Saved: Consent given – Keeping prospective customers informed");
        assertThat(ticked(NURTURING)).isTrue();
        assertThat(decisions(customer, "PURPOSE:NURTURING")).isOne();

        toggle(NURTURING);
        NotificationsKt.expectNotifications("Saved: Consent withdrawn – Keeping prospective customers informed");
        assertThat(ticked(NURTURING)).isFalse();
        assertThat(decisions(customer, "PURPOSE:NURTURING")).isEqualTo(2);
    }

    @Test
    void objecting_and_lifting_the_objection_are_one_click_each() {
        open(data.customer("Be", "Zwaar"));

        click(OFFERS);
        NotificationsKt.expectNotifications("Saved: Objection made – Targeted information and offers");
        assertThat(button(OFFERS).text()).isEqualTo("Lift my objection");
        assertThat(button(OFFERS).attr("aria-label")).isEqualTo("Lift my objection: Targeted information and offers");
        assertThat(purpose("TARGETED_OFFERS").select("p").eachText())
                .contains("This is direct marketing: your objection takes effect at once, without"
                        + " conditions, and only you can lift it.");

        click(OFFERS);
        NotificationsKt.expectNotifications("Saved: Objection lifted – Targeted information and offers");
        assertThat(button(OFFERS).text()).isEqualTo("Object");
    }

    @Test
    void a_double_click_on_an_objection_button_records_one_decision() {
        Customer customer = open(data.customer("Dubbel", "Klik"));
        Element object = button(OFFERS);

        click(object);
        click(object); // the second click reaches the server from the page before the first one's answer

        assertThat(decisions(customer, "PURPOSE:TARGETED_OFFERS")).isOne();
        assertThat(button(OFFERS).text()).isEqualTo("Lift my objection");
    }

    @Test
    void an_event_naming_no_switch_on_the_page_changes_nothing() {
        Customer customer = open(data.customer("Vals", "Verzoek"));
        JsonObject forged = Json.createObject();
        forged.put(DecisionControls.CHANGED_ID, "consent-PURPOSE-CONTRACT_DELIVERY");
        forged.put(DecisionControls.CHANGED_TICKED, false);
        forged.put(DecisionControls.CHANGED_FILTER, true);

        fire("change", forged);

        assertThat(data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id()))
                .isZero();
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void every_switch_is_a_labelled_checkbox_or_button_named_after_what_it_decides() {
        open(data.customer("Naam", "Gever"));
        Element page = markup();

        assertThat(page.select("input[type=checkbox]"))
                .allSatisfy(box -> {
                    assertThat(box.parent().tagName()).isEqualTo("label");
                    assertThat(box.attr("aria-label")).isNotBlank();
                })
                .extracting(box -> box.attr("aria-label"))
                .contains(NURTURING, NEWSLETTER, "Text message: offers and information")
                .doesNotHaveDuplicates();
        assertThat(checkbox(NURTURING).parent().text())
                .as("the visible label begins the accessible name")
                .isEqualTo("I consent");
        assertThat(page.select("vaadin-button"))
                .extracting(button -> button.attr("aria-label"))
                .contains("Object: Targeted information and offers", "Object: Sharing with third parties");
    }

    @Test
    void purposes_on_contract_or_law_are_folded_explained_and_have_no_switch() {
        open(data.customer("Uit", "Leg"));

        for (String code : new String[] {"CONTRACT_DELIVERY", "INVOICING", "LEGAL_COMPLIANCE"}) {
            Element purpose = purpose(code);
            assertThat(purpose.closest("vaadin-details#consent-needed-details"))
                    .as("folded together")
                    .isNotNull();
            assertThat(purpose.select("input, vaadin-button")).isEmpty();
            assertThat(purpose.select("p.consent-explained")).hasSize(1);
        }
        assertThat(purpose("INVOICING").select("p.consent-explained").text()).startsWith("The law requires this");
    }

    @Test
    void the_timeline_shows_every_decision_newest_first_with_how_the_policy_version_and_who() {
        Customer customer = open(data.customer("Tijd", "Lijn"));
        toggle(NEWSLETTER);
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
        assertThat(ticked(NEWSLETTER)).isFalse();
    }

    @Test
    void a_decision_that_fails_to_save_shows_an_error_and_the_previous_state() {
        Customer customer = open(data.customer("Mis", "Lukt"));
        toggle(NEWSLETTER);
        NotificationsKt.clearNotifications();

        FailingAudit.whileAuditFails(data, customer, () -> toggle(NEWSLETTER));

        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(notice -> assertThat(text(notice)).startsWith("Your choice could not be saved"));
        assertThat(ticked(NEWSLETTER))
                .as("the page shows what the ledger holds")
                .isTrue();
        assertThat(_size(history())).isOne();
    }

    @Test
    void the_summary_says_what_is_allowed_what_is_objected_and_when_it_last_changed() {
        open(data.customer("Kort", "Overzicht"));
        assertThat(summary("allowed")).isEqualTo("You have not allowed anything that needs your consent.");
        assertThat(summary("changed")).isEqualTo("You have not changed anything yet.");

        toggle(NEWSLETTER);
        click(OFFERS);

        assertThat(summary("allowed")).isEqualTo("You allow: Newsletter – E-mail.");
        assertThat(summary("objected")).isEqualTo("You objected to: Targeted information and offers.");
        assertThat(summary("changed")).startsWith("Your last change: ");
    }

    @Test
    void a_purpose_card_folds_the_registers_full_text() {
        open(data.customer("Vol", "Tekst"));
        Element more = purpose("NURTURING").selectFirst("vaadin-details");

        assertThat(more.attr("summary")).isEqualTo("Read more");
        assertThat(more.select("p").eachText()).anyMatch(text -> text.startsWith("How long we keep the data: "));
    }

    @Test
    void past_the_accounts_rate_limit_a_change_is_refused_with_a_message_and_nothing_is_recorded() {
        Customer customer = open(data.customer("Snel", "Klikker"));
        String refusal = null;
        int clicks = 0;
        while (refusal == null && clicks < 3 * RateLimiter.CAPACITY) {
            long recorded = data.count("SELECT COUNT(*) FROM consent_decision WHERE customer_id = ?", customer.id());
            NotificationsKt.clearNotifications();
            toggle(NEWSLETTER);
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

    private long decisions(Customer customer, String subject) {
        return data.count(
                "SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND subject = ?", customer.id(), subject);
    }

    /** What the browser shows: the page's panels, each one element, as one document. */
    private static Element markup() {
        Element page = new Element("main");
        _find(_get(PreferencesView.class), Markup.class)
                .forEach(html -> page.appendElement(html.getElement().getTag())
                        .id(html.getId().orElse(""))
                        .append(html.getInnerHtml()));
        return page;
    }

    /** The checkbox a screen reader announces by {@code name}, inside its label. */
    private static Element checkbox(String name) {
        Element box = markup().selectFirst("input[type=checkbox][aria-label=\"" + name + "\"]");
        assertThat(box).as("a checkbox named %s", name).isNotNull();
        assertThat(box.parent().tagName()).as("its label").isEqualTo("label");
        return box;
    }

    private static boolean ticked(String name) {
        return checkbox(name).hasAttr("checked");
    }

    /** Ticks or unticks the checkbox as a click or the space bar does: its change event. */
    private static void toggle(String name) {
        Element box = checkbox(name);
        JsonObject change = Json.createObject();
        change.put(DecisionControls.CHANGED_ID, box.id());
        change.put(DecisionControls.CHANGED_TICKED, !box.hasAttr("checked"));
        change.put(DecisionControls.CHANGED_FILTER, true);
        fire("change", change);
    }

    /** The button on the card headed {@code title}. */
    private static Element button(String title) {
        Element card = markup().select(".consent-purpose").stream()
                .filter(candidate -> candidate.select("h3").text().equals(title))
                .findFirst()
                .orElseThrow();
        return card.selectFirst(".consent-card-head vaadin-button");
    }

    /** Clicks the button on the card headed {@code title}, as a click, ENTER or SPACE does. */
    private static void click(String title) {
        click(button(title));
    }

    private static void click(Element button) {
        JsonObject click = Json.createObject();
        click.put(DecisionControls.CLICKED_ID, button.id());
        click.put(DecisionControls.CLICKED_DECISION, button.attr("data-decision"));
        click.put(DecisionControls.CLICKED_FILTER, true);
        fire("click", click);
    }

    /** The browser's event, as it reaches the page's one listener. */
    private static void fire(String type, JsonObject data) {
        com.vaadin.flow.dom.Element content =
                _get(Div.class, spec -> spec.withClasses("consent-preferences")).getElement();
        ElementUtilsKt._fireDomEvent(content, new DomEvent(content, type, data));
    }

    private static Element purpose(String code) {
        return markup().getElementById("purpose-" + code);
    }

    /** The timeline is folded: opened, it shows its table. */
    private static Grid<?> history() {
        Folded folded = _get(Folded.class, spec -> spec.withId("consent-history-details"));
        assertThat(_find(folded, Grid.class)).as("built when opened").isEmpty();
        folded.setOpened(true);
        return _get(folded, Grid.class, spec -> spec.withId("consent-history"));
    }

    private static String summary(String line) {
        return markup().getElementById("consent-summary-" + line).text();
    }

    private static String text(Notification notice) {
        return notice.getElement().getProperty("text", "");
    }
}
