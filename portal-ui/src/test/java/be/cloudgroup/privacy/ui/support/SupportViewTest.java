package be.cloudgroup.privacy.ui.support;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.CustomerMatch;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportViewTest extends KaribuTest {

    @BeforeEach
    void openAsSupport() {
        signIn(data.staffPrincipal(Role.SUPPORT));
        UI.getCurrent().navigate(SupportView.class);
    }

    @Test
    void support_finds_a_customer_by_number() {
        Customer customer = data.customer("Jan", "Zoekmans");

        search(customer.customerNumber().toLowerCase());

        @SuppressWarnings("unchecked")
        Grid<CustomerMatch> results = _get(Grid.class);
        assertThat(_findAll(results))
                .extracting(CustomerMatch::customerNumber)
                .containsExactly(customer.customerNumber());
        assertThat(_findAll(results).get(0).displayName()).isEqualTo("Jan Zoekmans");
    }

    @Test
    void support_finds_customers_by_the_start_of_their_last_name() {
        Customer first = data.customer("An", "Vindbaar");
        Customer second = data.customer("Bo", "Vindbaarder");
        data.customer("Cas", "Anders");

        search("vindb");

        @SuppressWarnings("unchecked")
        Grid<CustomerMatch> results = _get(Grid.class);
        assertThat(_findAll(results))
                .extracting(CustomerMatch::customerNumber)
                .containsExactlyInAnyOrder(first.customerNumber(), second.customerNumber());
    }

    @Test
    void a_one_letter_search_is_refused_with_a_field_error() {
        search("x");

        TextField term = _get(TextField.class, spec -> spec.withId("search-term"));
        assertThat(term.isInvalid()).isTrue();
        assertThat(term.getErrorMessage()).isEqualTo("Enter between 3 and 100 characters to search.");
        assertThat(_find(Grid.class)).as("no results are shown").isEmpty();
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("search-term")), text);
        _click(_get(Button.class, spec -> spec.withId("search-button")));
    }
}
