package be.cloudgroup.privacy.ui.activity;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActorKind;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    @SuppressWarnings("unchecked")
    private static Grid<ActivityEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("activity"));
    }
}
