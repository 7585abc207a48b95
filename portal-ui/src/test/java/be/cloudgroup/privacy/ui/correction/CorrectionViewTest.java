package be.cloudgroup.privacy.ui.correction;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrectionViewTest extends KaribuTest {

    @Autowired
    private CorrectionService service;

    @Test
    void correcting_the_street_saves_it_and_audits_old_and_new_value() {
        Customer customer = data.customer("Lien", "Straat");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        _setValue(field("Street"), "Veldstraat");
        _setValue(field("House number"), "12");
        _click(_get(Button.class, spec -> spec.withId("correction-save")));

        assertThat(data.count(
                        "SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Veldstraat' AND house_number = '12'",
                        customer.id()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = ?",
                        customer.id(),
                        "CONTACT_DETAILS_CORRECTED"))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND details LIKE ?"
                                + " AND details LIKE ?",
                        customer.id(),
                        "%street%Korenmarkt%→%Veldstraat%",
                        "%houseNumber%1%→%12%"))
                .isOne();
        assertThat(_find(Div.class, spec -> spec.withId("correction-problem"))).isEmpty();
    }

    @Test
    void a_wrong_belgian_postal_code_is_a_translated_field_error_and_nothing_is_stored() {
        Customer customer = data.customer("Piet", "Postcode");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        _setValue(field("Postal code"), "123");
        _click(_get(Button.class, spec -> spec.withId("correction-save")));

        assertThat(field("Postal code").isInvalid()).isTrue();
        assertThat(field("Postal code").getErrorMessage())
                .isEqualTo("A Belgian postal code has 4 digits, from 1000 to 9992.");
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND postal_code = '9000'", customer.id()))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?", customer.id()))
                .isZero();
    }

    @Test
    void an_invalid_phone_number_is_a_translated_field_error() {
        Customer customer = data.customer("Tom", "Telefoon");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        _setValue(field("Phone"), "12345");
        _click(_get(Button.class, spec -> spec.withId("correction-save")));

        assertThat(field("Phone").isInvalid()).isTrue();
        assertThat(field("Phone").getErrorMessage()).startsWith("This is not a valid phone number.");
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND phone IS NULL", customer.id()))
                .isOne();
    }

    @Test
    void a_save_after_a_change_in_another_tab_asks_to_reload_and_keeps_the_first_change() {
        Customer customer = data.customer("Tina", "Tabs");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);
        ContactDetails otherTab = service.currentDetails();
        service.correct(new CorrectContactDetailsCommand(
                otherTab.salutation(),
                otherTab.firstName(),
                otherTab.lastName(),
                PostalAddress.valueOf("Eerste Tab", "1", null, "9000", "Gent", "BE"),
                null,
                otherTab.language(),
                otherTab.version()));

        _setValue(field("Street"), "Tweede Tab");
        _click(_get(Button.class, spec -> spec.withId("correction-save")));

        Div problem = _get(Div.class, spec -> spec.withId("correction-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).startsWith("Your data was changed meanwhile");
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Eerste Tab'", customer.id()))
                .isOne();

        _click(_get(Button.class, spec -> spec.withId("correction-reload")));

        assertThat(field("Street").getValue()).isEqualTo("Eerste Tab");
        assertThat(problem.isVisible()).isFalse();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
