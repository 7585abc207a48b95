package be.cloudgroup.privacy.ui.assist;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AccessCode;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The banner on every page during a session, for staff and customer, and what happens when a session ends. */
class AssistBannerTest extends KaribuTest {

    @Autowired
    private AssistService assist;

    @Autowired
    private be.cloudgroup.privacy.assist.AssistSessions sessions;

    @AfterEach
    void removeSessions() {
        data.update("DELETE FROM assist_session WHERE staff_name LIKE 'Staff %'");
    }

    @Test
    void support_enters_the_customers_code_and_sees_their_dashboard_under_a_banner_that_says_whose_account() {
        Customer customer = data.customer("Bea", "Banner");
        String code = codeOf(data.customerPrincipal(customer));
        signIn(data.staffPrincipal(Role.SUPPORT));

        UI.getCurrent().navigate("support/customer/" + customer.customerNumber());
        _setValue(_get(TextField.class, spec -> spec.withId("assist-code")), code);
        _click(_get(Button.class, spec -> spec.withId("assist-start-with-code")));

        _get(DashboardView.class);
        AssistBanner banner = _get(AssistBanner.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("assist-banner-who")).getText())
                .isEqualTo("You are assisting Bea Banner (" + customer.customerNumber() + ")");
        assertThat(_get(Span.class, spec -> spec.withId("assist-banner-mode")).getText())
                .isEqualTo("May act for the customer");
        assertThat(_get(Span.class, spec -> spec.withId("assist-banner-time-left"))
                        .getText())
                .matches("1[45]:\\d\\d");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Assisting Bea Banner – ");
        assertThat(_find(banner, Anchor.class).stream().map(Anchor::getText))
                .containsExactly("My privacy", "My data", "Preferences", "Activity", "My requests");

        UI.getCurrent().navigate(MyDataView.class);
        _get(MyDataView.class);
        assertThat(_get(AssistBanner.class).isVisible()).isTrue();
    }

    @Test
    void when_the_customer_ends_the_session_the_staff_member_is_taken_back_to_the_search() {
        Customer customer = data.customer("Eddy", "Einde");
        AccountPrincipal owner = data.customerPrincipal(customer);
        String code = codeOf(owner);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        signIn(staff);
        long session = assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                        be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null))
                .id();
        UI.getCurrent().navigate(MyDataView.class);
        _get(MyDataView.class);

        // the customer ends it in their own browser: what is in the database is all the staff's UI sees
        sessions.end(
                session,
                java.time.Instant.now(),
                be.cloudgroup.privacy.assist.AssistEndReason.ENDED_BY_CUSTOMER,
                owner.displayName());
        _get(AssistBanner.class).refresh(); // what the next poll does

        _get(SupportView.class);
        assertThat(_find(Span.class, spec -> spec.withId("assist-banner-who"))).isEmpty();
        NotificationsKt.expectNotifications("The assist session has ended.");
    }

    @Test
    void after_the_session_a_customer_page_is_not_found_for_the_staff_member() {
        Customer customer = data.customer("Nico", "Nadien");
        String code = codeOf(data.customerPrincipal(customer));
        signIn(data.staffPrincipal(Role.SUPPORT));
        assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null));
        assist.endMine();

        UI.getCurrent().navigate(MyDataView.class);

        assertThat(_find(MyDataView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void during_a_session_staff_tools_wait_until_it_ends() {
        Customer customer = data.customer("Wout", "Wacht");
        String code = codeOf(data.customerPrincipal(customer));
        signIn(data.staffPrincipal(Role.SUPPORT));
        assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null));

        UI.getCurrent().navigate(SupportView.class);

        assertThat(_find(SupportView.class)).isEmpty();
    }

    @Test
    void a_signed_in_customer_sees_the_session_on_them_and_ends_it_from_their_banner() {
        Customer customer = data.customer("Kato", "Klant");
        AccountPrincipal owner = data.customerPrincipal(customer);
        String code = codeOf(owner);
        runAs(data.staffPrincipal(Role.SUPPORT));
        assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null));
        signIn(owner);

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Span.class, spec -> spec.withId("assist-banner-who")).getText())
                .startsWith("Staff SUPPORT of our support team is looking at your data now");
        _click(_get(Button.class, spec -> spec.withId("assist-end")));
        assertThat(_find(Span.class, spec -> spec.withId("assist-banner-who"))).isEmpty();
        assertThat(assist.sessionOnMe()).isEmpty();
    }

    @Test
    void the_customer_creates_a_code_of_six_digits_on_their_page() {
        signIn(data.customerPrincipal(data.customer("Cor", "Code")));

        UI.getCurrent().navigate(AssistHelpView.class);
        _click(_get(Button.class, spec -> spec.withId("assist-create-code")));

        assertThat(_get(Span.class, spec -> spec.withId("assist-code")).getText())
                .matches("\\d{3} \\d{3}");
    }

    @Test
    void the_staff_member_extends_the_session_once_with_a_reason_from_the_banner() {
        Customer customer = data.customer("Xavi", "Extra");
        String code = codeOf(data.customerPrincipal(customer));
        signIn(data.staffPrincipal(Role.SUPPORT));
        var session = assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null));
        UI.getCurrent().navigate(DashboardView.class);

        _click(_get(Button.class, spec -> spec.withId("assist-extend")));
        _setValue(_get(TextField.class, spec -> spec.withId("assist-extend-reason")), "Still on the phone");
        _click(_get(Button.class, spec -> spec.withId("assist-extend-confirm")));

        assertThat(assist.mySession().orElseThrow().endsAt())
                .isEqualTo(session.endsAt().plusSeconds(15 * 60));
        assertThat(_find(Button.class, spec -> spec.withId("assist-extend"))).isEmpty();
    }

    @Test
    void an_admin_sees_open_sessions_filtered_by_customer_and_ends_one() {
        Customer customer = data.customer("Ada", "Admin");
        String code = codeOf(data.customerPrincipal(customer));
        runAs(data.staffPrincipal(Role.SUPPORT));
        var session = assist.start(be.cloudgroup.privacy.assist.StartAssistCommand.withCode(
                be.cloudgroup.privacy.customer.CustomerNumber.valueOf(customer.customerNumber()), code, null));
        signIn(data.staffPrincipal(Role.ADMIN));

        UI.getCurrent().navigate(AssistSessionsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("assist-filter-customer")), customer.customerNumber());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<be.cloudgroup.privacy.assist.AssistSession> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("assist-sessions"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isOne();
        Button end = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "end");
        assertThat(end.getId()).contains("assist-admin-end-" + session.id());
        _click(end);

        assertThat(sessions.find(session.id()).orElseThrow().endReason())
                .isEqualTo(be.cloudgroup.privacy.assist.AssistEndReason.ENDED_BY_ADMIN);
    }

    @Test
    void support_staff_cannot_open_the_admins_session_list() {
        signIn(data.staffPrincipal(Role.SUPPORT));

        UI.getCurrent().navigate("admin/assist-sessions");

        assertThat(_find(AssistSessionsView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    private String codeOf(AccountPrincipal customer) {
        runAs(customer);
        AccessCode code = assist.createAccessCode();
        return code.code();
    }
}
