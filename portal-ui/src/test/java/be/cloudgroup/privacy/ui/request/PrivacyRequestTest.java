package be.cloudgroup.privacy.ui.request;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.correction.CorrectionView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class PrivacyRequestTest extends KaribuTest {

    @Test
    void a_business_customer_proposes_a_new_company_name_which_becomes_a_received_rectification_request() {
        Customer customer = business("Oude Naam BV");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Company name")), "Nieuwe Naam BV");
        _setValue(_get(TextField.class, spec -> spec.withLabel("VAT number")), "BE0417.497.106");
        _click(_get(Button.class, spec -> spec.withId("company-request")));

        assertThat(data.count(
                        "SELECT COUNT(*) FROM customer WHERE id = ? AND company_name = 'Oude Naam BV'", customer.id()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM privacy_request WHERE customer_id = ? AND type = 'RECTIFICATION'"
                                + " AND status = 'RECEIVED' AND proposed_values LIKE '%Nieuwe Naam BV%' AND reference LIKE 'PR-%'"
                                + " AND due_on > received_on",
                        customer.id()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action = ?",
                        customer.id(),
                        "RECTIFICATION_REQUESTED"))
                .isOne();

        UI.getCurrent().navigate(RequestsView.class);

        Section requests = _get(Section.class, spec -> spec.withId("my-requests"));
        assertThat(_find(requests, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Status: Received")
                .anyMatch(text -> text.contains("days left"));
    }

    @Test
    void a_wrong_vat_checksum_is_a_field_error_and_nothing_is_requested() {
        Customer customer = business("Check BV");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().navigate(CorrectionView.class);

        TextField vat = _get(TextField.class, spec -> spec.withLabel("VAT number"));
        _setValue(vat, "BE0417.497.107");
        _click(_get(Button.class, spec -> spec.withId("company-request")));

        assertThat(vat.isInvalid()).isTrue();
        assertThat(data.count("SELECT COUNT(*) FROM privacy_request WHERE customer_id = ?", customer.id()))
                .isZero();
    }

    @Test
    void a_private_customer_has_no_company_section() {
        signIn(data.customerPrincipal(data.customer("Pia", "Privé")));
        UI.getCurrent().navigate(CorrectionView.class);

        assertThat(_find(Section.class, spec -> spec.withId("company-correction")))
                .isEmpty();
    }

    private Customer business(String companyName) {
        Customer customer = data.customer("Bart", "Bedrijf");
        data.update("UPDATE customer SET type = 'BUSINESS', company_name = ? WHERE id = ?", companyName, customer.id());
        return customer;
    }
}
