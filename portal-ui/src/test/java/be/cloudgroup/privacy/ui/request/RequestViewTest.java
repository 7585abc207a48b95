package be.cloudgroup.privacy.ui.request;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.request.FileRequestCommand;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.request.RestrictionGround;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class RequestViewTest extends KaribuTest {

    @Autowired
    private RequestService service;

    static Stream<Arguments> staff_routes_and_roles() {
        return Stream.of(
                Arguments.of("staff/requests", RequestQueueView.class, Role.CUSTOMER, false),
                Arguments.of("staff/requests", RequestQueueView.class, Role.SUPPORT, true),
                Arguments.of("staff/requests", RequestQueueView.class, Role.ADMIN, true),
                Arguments.of("staff/requests/summary", RequestSummaryView.class, Role.CUSTOMER, false),
                Arguments.of("staff/requests/summary", RequestSummaryView.class, Role.SUPPORT, false),
                Arguments.of("staff/requests/summary", RequestSummaryView.class, Role.ADMIN, true));
    }

    @ParameterizedTest(name = "{2} on /{0}")
    @MethodSource("staff_routes_and_roles")
    void only_handlers_enter_the_queue_and_only_admins_the_dpo_summary(
            String path, Class<? extends Component> view, Role role, boolean enters) {
        signIn(
                role == Role.CUSTOMER
                        ? data.customerPrincipal(data.customer("Rita", "Routes"))
                        : data.staffPrincipal(role));

        UI.getCurrent().navigate(path);

        if (enters) {
            _get(view);
        } else {
            assertThat(_find(view)).isEmpty();
            assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        }
    }

    @Test
    void another_customers_reference_is_not_found_and_so_is_a_request_page_for_support() {
        AccountPrincipal owner = data.customerPrincipal(data.customer("Olga", "Eigen"));
        signIn(owner);
        String reference = service.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "Question"))
                .reference()
                .toString();

        signIn(data.customerPrincipal(data.customer("Vera", "Vreemd")));
        UI.getCurrent().navigate("requests/" + reference);
        assertThat(_find(RequestView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        signIn(data.staffPrincipal(Role.SUPPORT));
        UI.getCurrent().navigate("requests/" + reference);
        assertThat(_find(RequestView.class)).isEmpty();
        UI.getCurrent().navigate("staff/requests/PR-2026-999999999");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void the_forms_choices_are_built_when_a_type_first_needs_them() {
        signIn(data.customerPrincipal(data.customer("Lien", "Lui")));
        UI.getCurrent().navigate(RequestsView.class);
        CheckboxGroup<DataCategory> categories = formField("request-categories");
        CheckboxGroup<String> purposes = formField("request-purposes");
        Select<RestrictionGround> ground = formField("request-ground");
        assertThat(_find(Checkbox.class, spec -> spec.withId("request-whole-account")))
                .as("no choice is shown before a type is chosen")
                .isEmpty();
        assertThat(categories.getListDataView().getItemCount()).isZero();
        assertThat(purposes.getListDataView().getItemCount()).isZero();
        assertThat(ground.getListDataView().getItemCount()).isZero();

        _setValue(_get(Select.class, spec -> spec.withId("request-type")), RequestType.OBJECTION);
        int objectable = purposes.getListDataView().getItemCount();
        assertThat(objectable).isPositive();
        assertThat(categories.getListDataView().getItemCount()).isZero();

        _setValue(_get(Select.class, spec -> spec.withId("request-type")), RequestType.RESTRICTION);
        assertThat(categories.getListDataView().getItems()).containsExactly(DataCategory.values());
        assertThat(ground.getListDataView().getItems()).containsExactly(RestrictionGround.values());
        assertThat(purposes.getListDataView().getItemCount())
                .as("every purpose may be restricted, not only those one may object to")
                .isGreaterThan(objectable);

        _setValue(_get(Select.class, spec -> spec.withId("request-type")), RequestType.COPY);
        assertThat(purposes.getListDataView().getItemCount()).isZero();
    }

    /** A field of the request form, shown or hidden. */
    @SuppressWarnings("unchecked")
    private static <T extends Component> T formField(String id) {
        return (T) _get(Section.class, spec -> spec.withId("file-request"))
                .getChildren()
                .filter(child -> child.getId().filter(id::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_customer_files_an_erasure_through_the_form_and_follows_it_on_its_page() {
        Customer customer = data.customer("Fien", "Formulier");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(RequestsView.class);

        _setValue(_get(Select.class, spec -> spec.withId("request-type")), RequestType.ERASURE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-explanation"))
                        .getText())
                .contains("invoices")
                .contains("ends your access");
        _click(_get(Button.class, spec -> spec.withId("request-file")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-error")).getText())
                .isEqualTo("Choose your whole account or at least one kind of data.");

        _setValue(_get(Checkbox.class, spec -> spec.withId("request-whole-account")), true);
        _click(_get(Button.class, spec -> spec.withId("request-file")));

        _get(RequestView.class);
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText())
                .isEqualTo("Received");
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-due")).getText())
                .contains("days left");

        _setValue(_get(TextArea.class, spec -> spec.withId("request-message")), "Also my old e-mail address");
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("request-message")))
                .extracting(Paragraph::getText)
                .containsExactly("Also my old e-mail address");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM privacy_request WHERE customer_id = ? AND type = 'ERASURE'",
                        customer.id()))
                .isOne();
    }

    @Test
    void support_sees_the_request_in_the_queue_assigns_it_and_sees_the_erasure_plan() {
        AccountPrincipal customer = data.customerPrincipal(data.customer("Quinten", "Wachtrij"));
        signIn(customer);
        String reference = service.file(FileRequestCommand.erasure(false, Set.of(DataCategory.MARKETING), null))
                .reference()
                .toString();

        signIn(data.staffPrincipal(Role.SUPPORT));
        UI.getCurrent().navigate(RequestQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<be.cloudgroup.privacy.request.QueueEntry> queue = _get(Grid.class, spec -> spec.withId("request-queue"));
        assertThat(queue.getGenericDataView()
                        .getItems()
                        .map(entry -> entry.reference().toString()))
                .contains(reference);

        UI.getCurrent().navigate("staff/requests/" + reference);
        _click(_get(Button.class, spec -> spec.withId("handling-assign")));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Handled by Staff SUPPORT");
        _get(Section.class, spec -> spec.withId("erasure-plan"));
        @SuppressWarnings("unchecked")
        Grid<be.cloudgroup.privacy.request.ErasurePlan.Step> steps =
                _get(Grid.class, spec -> spec.withId("erasure-steps"));
        assertThat(steps.getGenericDataView().getItems().map(be.cloudgroup.privacy.request.ErasurePlan.Step::table))
                .containsExactly("campaign_enrolment");
    }

    @Test
    void my_data_shows_a_restriction_in_force() {
        AccountPrincipal customer = data.customerPrincipal(data.customer("Rosa", "Beperkt"));
        signIn(customer);
        String reference = service.file(FileRequestCommand.restriction(
                        RestrictionGround.NEEDED_FOR_LEGAL_CLAIM, true, Set.of(), Set.of(), null))
                .reference()
                .toString();
        signIn(data.staffPrincipal(Role.ADMIN));
        service.close(reference, be.cloudgroup.privacy.request.RequestStatus.COMPLETED, null, "Restricted.");

        signIn(customer);
        UI.getCurrent().navigate(MyDataView.class);

        assertThat(_get(Section.class, spec -> spec.withId("my-data-restrictions"))
                        .getElement()
                        .getTextRecursively())
                .contains("everything about you")
                .contains(reference);
    }
}
