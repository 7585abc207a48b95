package be.cloudgroup.privacy.ui.activity;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter.Shown;
import be.cloudgroup.privacy.activity.ActorKind;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActivityViewTest extends KaribuTest {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void a_customer_sees_their_sign_ins_and_changes_newest_first_and_staff_by_name() {
        Customer customer = data.customer("Ann", "Actief");
        AccountPrincipal me = data.customerPrincipal(customer);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        data.signInEvent(customer, me, now.minus(3, ChronoUnit.HOURS), "192.0.2.0", FIREFOX_ON_WINDOWS);
        data.auditEvent(
                customer,
                now.minus(2, ChronoUnit.HOURS),
                me.accountId(),
                me.displayName(),
                "IDENTITY_LINKED",
                "{\"issuer\":\"https://id.example.org\"}");
        data.auditEvent(
                customer, now.minus(1, ChronoUnit.HOURS), staff.accountId(), "Sara Support", "ACCOUNT_CREATED", "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);

        Grid<ActivityEntry> grid = grid();
        assertThat(_findAll(grid))
                .extracting(ActivityEntry::action)
                .containsExactly("ACCOUNT_CREATED", "IDENTITY_LINKED", "SIGN_IN");
        assertThat(_findAll(grid))
                .extracting(ActivityEntry::actor)
                .containsExactly(ActorKind.STAFF, ActorKind.SELF, ActorKind.SELF);
        assertThat(_getFormatted(grid, 0, "who")).isEqualTo("Sara Support (staff member)");
        assertThat(_getFormatted(grid, 0, "what")).isEqualTo("Portal account created");
        assertThat(_getFormatted(grid, 1, "who")).isEqualTo("You");
        assertThat(_getFormatted(grid, 1, "details")).isEqualTo("Identity provider: https://id.example.org");
        assertThat(_getFormatted(grid, 2, "what")).isEqualTo("Signed in to the portal");
        assertThat(_getFormatted(grid, 2, "details")).isEqualTo("IP address 192.0.2.0 · Firefox on Windows");
    }

    @Test
    void a_phone_shows_each_entry_stacked_in_one_column_and_a_wide_window_the_four_columns_again() {
        Customer customer = data.customer("Pia", "Phone");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.signInEvent(customer, me, now.minus(3, ChronoUnit.HOURS), "192.0.2.0", FIREFOX_ON_WINDOWS);
        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);
        ActivityGrid grid = (ActivityGrid) grid();

        grid.fit(390);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("entry");
        assertThat(_getFormatted(grid, 0, "entry"))
                .contains("Signed in to the portal", "You", "IP address 192.0.2.0 · Firefox on Windows");

        grid.fit(1280);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("time", "what", "who", "details");
    }

    @Test
    void a_change_reads_with_translated_field_names_and_the_dutch_24_hour_clock() {
        Customer customer = data.customer("Dirk", "Klok");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.auditEvent(
                customer,
                Instant.parse("2026-11-20T14:05:00Z"),
                me.accountId(),
                me.displayName(),
                "CONTACT_DETAILS_CORRECTED",
                "{\"street\":\"\\\"Kerkstraat\\\" → \\\"Veldstraat\\\"\",\"city\":\"\\\"Gent\\\" → \\\"Brugge\\\"\"}");

        signIn(me);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(ActivityView.class);

        Grid<ActivityEntry> grid = grid();
        assertThat(_getFormatted(grid, 0, "details"))
                .isEqualTo("Gemeente: \"Gent\" → \"Brugge\"; Straat: \"Kerkstraat\" → \"Veldstraat\"");
        assertThat(_getFormatted(grid, 0, "time")).contains("15:05").doesNotContain("PM");
    }

    @Test
    void each_sign_in_is_listed_once_with_its_own_browser() {
        Customer customer = data.customer("Bert", "Tweemaal");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.signInEvent(customer, me, now.minus(2, ChronoUnit.DAYS), "192.0.2.0", FIREFOX_ON_WINDOWS);
        data.signInEvent(
                customer,
                me,
                now.minus(1, ChronoUnit.DAYS),
                "2001:db8:1::/48",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);

        Grid<ActivityEntry> grid = grid();
        assertThat(_findAll(grid)).hasSize(2);
        assertThat(_getFormatted(grid, 0, "details")).isEqualTo("IP address 2001:db8:1::/48 · Safari on iOS");
        assertThat(_getFormatted(grid, 1, "details")).isEqualTo("IP address 192.0.2.0 · Firefox on Windows");
    }

    @Test
    void a_customer_never_sees_another_customers_activity() {
        Customer customer = data.customer("Cor", "Eigen");
        Customer other = data.customer("Dirk", "Ander");
        AccountPrincipal me = data.customerPrincipal(customer);
        AccountPrincipal them = data.customerPrincipal(other);
        data.signInEvent(customer, me, now.minus(1, ChronoUnit.HOURS), "192.0.2.0", FIREFOX_ON_WINDOWS);
        data.signInEvent(other, them, now.minus(30, ChronoUnit.MINUTES), "198.51.100.0", FIREFOX_ON_WINDOWS);
        data.auditEvent(
                other,
                now.minus(10, ChronoUnit.MINUTES),
                them.accountId(),
                them.displayName(),
                "IDENTITY_LINKED",
                "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);

        Grid<ActivityEntry> grid = grid();
        assertThat(_findAll(grid)).hasSize(1);
        assertThat(_getFormatted(grid, 0, "details")).contains("192.0.2.0").doesNotContain("198.51.100.0");
    }

    @Test
    void a_customer_without_activity_sees_an_explanation_instead_of_an_empty_grid() {
        Customer customer = data.customer("Els", "Nieuw");

        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(ActivityView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("activity-empty")).getText())
                .startsWith("Nothing has happened with your data");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void an_action_without_a_translation_still_reads_as_text() {
        Customer customer = data.customer("Fien", "Toekomst");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.auditEvent(customer, now, null, "system", "SOMETHING_NEW", "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);

        assertThat(_getFormatted(grid(), 0, "what")).isEqualTo("Other action (SOMETHING_NEW)");
        assertThat(_getFormatted(grid(), 0, "who")).isEqualTo("The portal (automatically)");
    }

    @Test
    void each_filter_narrows_the_rows_to_its_kind() {
        Customer customer = data.customer("Fre", "Filter");
        AccountPrincipal me = data.customerPrincipal(customer);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        AccountPrincipal stranger = data.customerPrincipal(data.customer("Sven", "Vreemd"));
        data.signInEvent(customer, me, now.minus(6, ChronoUnit.HOURS), "192.0.2.0", FIREFOX_ON_WINDOWS);
        data.auditEvent(customer, now.minus(5, ChronoUnit.HOURS), me.accountId(), "Fre", "SIGN_IN_REFUSED", "{}");
        data.auditEvent(customer, now.minus(4, ChronoUnit.HOURS), me.accountId(), "Fre", "IDENTITY_LINKED", "{}");
        data.auditEvent(
                customer, now.minus(3, ChronoUnit.HOURS), staff.accountId(), "Sara", "ASSIST_SESSION_STARTED", "{}");
        data.auditEvent(
                customer,
                now.minus(2, ChronoUnit.HOURS),
                staff.accountId(),
                "Sara",
                "ASSIST_CUSTOMER_OVERVIEW_OPENED",
                "{}");
        data.auditEvent(
                customer,
                now.minus(90, ChronoUnit.MINUTES),
                stranger.accountId(),
                "Sven",
                "ARCHIVE_TICKET_REFUSED",
                "{}");
        data.auditEvent(customer, now.minus(1, ChronoUnit.HOURS), null, "system", "CUSTOMER_IMPORTED", "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);

        assertThat(actions()).hasSize(7);
        _setValue(shown(), Shown.SIGN_INS);
        assertThat(actions()).containsExactly("SIGN_IN_REFUSED", "SIGN_IN");
        _setValue(shown(), Shown.MY_CHANGES);
        assertThat(actions()).containsExactly("IDENTITY_LINKED");
        _setValue(shown(), Shown.STAFF_ACCESS);
        assertThat(actions()).containsExactly("ASSIST_CUSTOMER_OVERVIEW_OPENED", "ASSIST_SESSION_STARTED");
        _setValue(shown(), Shown.ALL);
        assertThat(actions()).hasSize(7);
    }

    @Test
    void a_date_range_holds_whole_days_in_belgium_the_last_day_included() {
        Customer customer = data.customer("Dora", "Datum");
        AccountPrincipal me = data.customerPrincipal(customer);
        // Belgian winter time is UTC+1: 8 November starts at 23:00 UTC on the 7th
        record Event(String at, String label) {}
        for (Event event : new Event[] {
            new Event("2026-11-07T22:59:59Z", "7 Nov 23:59:59"),
            new Event("2026-11-07T23:00:00Z", "8 Nov 00:00"),
            new Event("2026-11-09T22:59:59Z", "9 Nov 23:59:59"),
            new Event("2026-11-09T23:00:00Z", "10 Nov 00:00")
        }) {
            data.auditEvent(
                    customer,
                    Instant.parse(event.at()),
                    me.accountId(),
                    me.displayName(),
                    "IDENTITY_LINKED",
                    "{\"n\":\"" + event.label() + "\"}");
        }

        signIn(me);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(ActivityView.class);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("activity-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("activity-to"));
        assertThat(from.getLabel()).isEqualTo("Van");
        assertThat(from.getLocale()).isEqualTo(Locale.forLanguageTag("nl"));

        _setValue(from, LocalDate.of(2026, 11, 8));
        _setValue(to, LocalDate.of(2026, 11, 9));

        assertThat(_findAll(grid()))
                .extracting(entry -> entry.details().get("n"))
                .containsExactly("9 Nov 23:59:59", "8 Nov 00:00");
        _setValue(to, LocalDate.of(2026, 11, 8));
        assertThat(_findAll(grid()))
                .extracting(entry -> entry.details().get("n"))
                .containsExactly("8 Nov 00:00");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_marked_and_keeps_the_last_valid_filter() {
        Customer customer = data.customer("Omar", "Omgekeerd");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.auditEvent(
                customer,
                Instant.parse("2026-03-09T12:00:00Z"),
                me.accountId(),
                me.displayName(),
                "IDENTITY_LINKED",
                "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("activity-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("activity-to"));
        _setValue(from, LocalDate.of(2026, 3, 10));
        _setValue(to, LocalDate.of(2026, 3, 9));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day is before the first day");
        assertThat(_findAll(grid())).isEmpty(); // still "from 10 March": the event of the 9th is older
        _setValue(from, LocalDate.of(2026, 3, 1));
        assertThat(to.isInvalid()).isFalse();
        assertThat(_findAll(grid())).hasSize(1);
    }

    @Test
    void a_filter_without_matches_says_so_in_the_grid() {
        Customer customer = data.customer("Nina", "Niets");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.auditEvent(customer, now, me.accountId(), me.displayName(), "IDENTITY_LINKED", "{}");

        signIn(me);
        UI.getCurrent().navigate(ActivityView.class);
        _setValue(shown(), Shown.STAFF_ACCESS);

        assertThat(_findAll(grid())).isEmpty();
        assertThat(grid().getEmptyStateText()).startsWith("Nothing matches these filters");
    }

    @Test
    void the_filters_are_labelled_controls_in_the_tab_order_before_the_list() {
        Customer customer = data.customer("Karel", "Toets");
        AccountPrincipal me = data.customerPrincipal(customer);
        data.auditEvent(customer, now, me.accountId(), me.displayName(), "IDENTITY_LINKED", "{}");

        signIn(me);
        UI.getCurrent().setLocale(Locale.forLanguageTag("fr"));
        UI.getCurrent().navigate(ActivityView.class);

        RadioButtonGroup<Shown> shown = shown();
        assertThat(shown.getLabel()).isEqualTo("Afficher");
        assertThat(shown.getListDataView().getItems().map(shown.getItemLabelGenerator()))
                .containsExactly("Tout", "Connexions", "Mes modifications", "Accès par le personnel");
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("activity-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("activity-to"));
        assertThat(from.getI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(from.getI18n().getMonthNames()).startsWith("janvier");
        assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        for (Component control : List.of(shown, from, to)) {
            assertThat(control.isVisible()).isTrue();
            assertThat(((HasEnabled) control).isEnabled()).isTrue();
            assertThat(control.getElement().getAttribute("tabindex")).isNotEqualTo("-1");
        }
        // the filters come before the grid they filter, so Tab reaches them first
        Component page = grid().getParent().orElseThrow();
        List<Component> order = page.getChildren().toList();
        assertThat(order.indexOf(shown.getParent().orElseThrow())).isLessThan(order.indexOf(grid()));
    }

    private static List<String> actions() {
        return _findAll(grid()).stream().map(ActivityEntry::action).toList();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Shown> shown() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("activity-shown"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActivityEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("activity"));
    }
}
