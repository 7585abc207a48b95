package be.cloudgroup.privacy.ui.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.ForeignReferenceGuard;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.AuditEventSummary;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.audit.AuditService;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class AuditViewTest extends KaribuTest {

    private static final String MARKER = "audit-view-test";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ForeignReferenceGuard foreignReferences;

    @Autowired
    private AuditService audit;

    /** A name no other test's events start with. */
    private final String actor = "Auditor " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeEvents() {
        jdbc.update("DELETE FROM audit_event WHERE target_type = ?", MARKER);
    }

    @Test
    void the_admin_filters_by_actor_customer_action_and_days() {
        Customer anna = data.customer("Anna", "Filter");
        Customer bert = data.customer("Bert", "Filter");
        event(actor, anna, "SIGN_IN", "2026-03-01T10:00:00Z");
        event(actor, anna, "CONSENT_WITHDRAWN", "2026-03-02T10:00:00Z");
        event(actor, bert, "CONSENT_WITHDRAWN", "2026-03-05T10:00:00Z");
        event(actor + " Junior", bert, "SIGN_IN", "2026-03-05T11:00:00Z");
        event("Someone Else", anna, "SIGN_IN", "2026-03-05T12:00:00Z");
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(AuditView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor.toLowerCase());
        assertThat(targets()).containsExactly("4", "3", "2", "1");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-customer")), anna.customerNumber());
        assertThat(targets()).containsExactly("2", "1");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-customer")), "");
        select(AuditAction.CONSENT_WITHDRAWN);
        assertThat(targets()).containsExactly("3", "2");
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText())
                .isEqualTo("2 events");

        select(null);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2026, 3, 2));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2026, 3, 4));
        assertThat(targets()).containsExactly("2");
    }

    @Test
    void a_mistyped_customer_number_is_marked_and_filters_nothing_away() {
        Customer anna = data.customer("Anna", "Typo");
        event(actor, anna, "SIGN_IN", "2026-03-01T10:00:00Z");
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);

        TextField customer = _get(TextField.class, spec -> spec.withId("audit-customer"));
        _setValue(customer, "CG12345670");

        assertThat(customer.isInvalid()).isTrue();
        assertThat(customer.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        assertThat(targets()).containsExactly("1");
    }

    @Test
    void the_grid_reads_page_by_page_from_the_database_newest_first() {
        Customer anna = data.customer("Anna", "Pages");
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details)
                WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 130)
                SELECT TIMESTAMP '2026-01-01 00:00:00' + INTERVAL i MINUTE, NULL, ?, ?, 'SIGN_IN', ?, CAST(i AS CHAR),
                  '{}' FROM n""", actor, anna.id(), MARKER);
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);

        Grid<AuditEventSummary> grid = grid();
        assertThat(_size(grid)).isEqualTo(130);
        assertThat(_fetch(grid, 0, AuditGrid.PAGE_SIZE))
                .extracting(AuditEventSummary::targetId)
                .first()
                .isEqualTo("130");
        assertThat(_fetch(grid, 100, AuditGrid.PAGE_SIZE))
                .extracting(AuditEventSummary::targetId)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 30)
                        .map(i -> 31 - i)
                        .mapToObj(String::valueOf)
                        .toArray(String[]::new));
        assertThat(audit.page(new AuditFilter(actor, null, null, null, null), 0, 10_000))
                .hasSize(130);
    }

    @Test
    void the_filter_is_read_from_the_address() {
        Customer anna = data.customer("Anna", "Address");
        event(actor, anna, "SIGN_IN", "2026-03-01T10:00:00Z");
        event(actor, anna, "CONSENT_GIVEN", "2026-03-01T11:00:00Z");
        signIn(data.staffPrincipal(Role.ADMIN));

        UI.getCurrent()
                .navigate(
                        AuditView.class,
                        QueryParameters.simple(
                                Map.of("actor", actor, "customer", anna.customerNumber(), "action", "CONSENT_GIVEN")));

        assertThat(targets()).containsExactly("2");
        assertThat(_get(TextField.class, spec -> spec.withId("audit-customer")).getValue())
                .isEqualTo(anna.customerNumber());
    }

    @Test
    void an_address_naming_another_customer_becomes_visible_to_the_admin_by_that_customers_number() {
        Customer curious = data.customer("Carl", "Curious");
        Customer other = data.customer("Olga", "Other");
        AccountPrincipal carl = data.customerPrincipal(curious);
        runAs(carl);
        foreignReferences.unknownAddressOpened("my-data/" + other.customerNumber());

        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(AuditView.class);
        select(AuditAction.FOREIGN_REFERENCE_REFUSED);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), carl.displayName());

        AuditGrid grid = (AuditGrid) grid();
        assertThat(_findAll(grid)).singleElement().satisfies(event -> {
            assertThat(grid.action(event)).isEqualTo("Address naming another customer refused");
            assertThat(AuditGrid.target(event)).isEqualTo("customer " + other.customerNumber());
            assertThat(event.details()).containsEntry("path", "my-data/" + other.customerNumber());
        });
    }

    @Test
    void subjects_are_shown_by_customer_number_never_by_internal_id() {
        Customer anna = data.customer("Anna", "Number");
        event(actor, anna, "SIGN_IN", "2026-03-01T10:00:00Z");
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);

        AuditGrid grid = (AuditGrid) grid();
        assertThat(grid.customer(_findAll(grid).get(0))).isEqualTo(anna.customerNumber());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"CUSTOMER", "SUPPORT"})
    void only_an_admin_enters_the_audit_trail_or_reads_it(Role role) {
        AccountPrincipal someone = role == Role.CUSTOMER
                ? data.customerPrincipal(data.customer("Rita", "Audit"))
                : data.staffPrincipal(role);
        signIn(someone);

        UI.getCurrent().navigate("admin/audit");

        assertThat(_find(AuditView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThatThrownBy(() -> audit.count(AuditFilter.EVERYTHING)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.requestExport(AuditFilter.EVERYTHING)).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEventSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-events"));
    }

    private static java.util.List<String> targets() {
        return _findAll(grid()).stream().map(AuditEventSummary::targetId).toList();
    }

    @SuppressWarnings("unchecked")
    private static void select(AuditAction action) {
        _setValue(_get(Select.class, spec -> spec.withId("audit-action")), action);
    }

    private int sequence;

    /** An event with target id 1, 2, 3… in the order of the calls. */
    private void event(String actorName, Customer subject, String action, String at) {
        jdbc.update(
                """
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details) VALUES (?, NULL, ?, ?, ?, ?, ?, '{"ip":"192.0.2.0"}')""",
                LocalDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC),
                actorName,
                subject.id(),
                action,
                MARKER,
                String.valueOf(++sequence));
    }
}
