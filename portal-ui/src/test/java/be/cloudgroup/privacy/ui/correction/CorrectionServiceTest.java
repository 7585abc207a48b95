package be.cloudgroup.privacy.ui.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.correction.ChangedMeanwhileException;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The service validates and guards on its own, without the form. */
class CorrectionServiceTest extends PortalTest {

    @Autowired
    private CorrectionService service;

    @Test
    void the_service_refuses_a_private_customer_without_a_last_name_and_stores_nothing() {
        Customer customer = data.customer("Nina", "Naam");
        runAs(data.customerPrincipal(customer));
        ContactDetails details = service.currentDetails();

        assertThatThrownBy(() -> service.correct(command(details, " ", "Nieuwstraat")))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-required");
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Korenmarkt'", customer.id()))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?", customer.id()))
                .isZero();
    }

    @Test
    void a_command_with_a_too_long_name_cannot_be_made() {
        assertThatThrownBy(() -> new CorrectContactDetailsCommand(
                        be.cloudgroup.privacy.customer.Salutation.MS,
                        "x".repeat(61),
                        "Lang",
                        PostalAddress.valueOf("Straat", "1", null, "9000", "Gent", "BE"),
                        null,
                        be.cloudgroup.privacy.shared.Language.NL,
                        0))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-too-long");
    }

    @Test
    void two_loads_then_two_saves_the_second_is_refused_and_the_first_is_kept() {
        Customer customer = data.customer("Twee", "Tabs");
        runAs(data.customerPrincipal(customer));
        ContactDetails first = service.currentDetails();
        ContactDetails second = service.currentDetails();

        ContactDetails saved = service.correct(command(first, "Tabs", "Eerste"));

        assertThat(saved.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> service.correct(command(second, "Tabs", "Tweede")))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Eerste'", customer.id()))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?", customer.id()))
                .isOne();
    }

    @Test
    void the_phone_is_stored_in_e164_and_the_mobile_is_kept() {
        Customer customer = data.customer("Fien", "Foon");
        runAs(data.customerPrincipal(customer));
        ContactDetails details = service.currentDetails();

        service.correct(new CorrectContactDetailsCommand(
                details.salutation(),
                details.firstName(),
                details.lastName(),
                PostalAddress.valueOf(
                        details.street(),
                        details.houseNumber(),
                        null,
                        details.postalCode(),
                        details.city(),
                        details.country()),
                PhoneNumber.valueOf("09 123 45 67"),
                details.language(),
                details.version()));

        assertThat(data.count(
                        "SELECT COUNT(*) FROM customer WHERE id = ? AND phone = '+3291234567'"
                                + " AND mobile = '+32470123456'",
                        customer.id()))
                .isOne();
    }

    @Test
    void staff_cannot_use_the_customers_correction_service() {
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> service.currentDetails()).isInstanceOf(AccessDeniedException.class);
    }

    private static CorrectContactDetailsCommand command(ContactDetails details, String lastName, String street) {
        return new CorrectContactDetailsCommand(
                details.salutation(),
                details.firstName(),
                lastName,
                PostalAddress.valueOf(
                        street, details.houseNumber(), null, details.postalCode(), details.city(), details.country()),
                null,
                details.language(),
                details.version());
    }
}
