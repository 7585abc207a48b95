package be.cloudgroup.privacy.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    private static final PostalAddress KORENMARKT =
            PostalAddress.valueOf("Korenmarkt", "1", null, "9000", "Gent", "BE");

    private static ContactDetails details(CustomerType type, String firstName, String lastName) {
        return new ContactDetails(
                "CG00000018",
                type,
                Salutation.MS,
                firstName,
                lastName,
                type == CustomerType.BUSINESS ? "Peeters BV" : "",
                "anne@example.org",
                "Korenmarkt",
                "1",
                "",
                "9000",
                "Gent",
                "BE",
                "",
                "+32470123456",
                Language.NL,
                3);
    }

    private static CorrectContactDetailsCommand command(
            String firstName, String lastName, PostalAddress address, PhoneNumber phone, long version) {
        return new CorrectContactDetailsCommand(
                Salutation.MS, firstName, lastName, address, phone, Language.NL, version);
    }

    @Test
    void the_changes_list_only_changed_fields_with_old_and_new_value() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        Correction correction = before.correct(command(
                "Anne",
                "Peeters",
                PostalAddress.valueOf("Veldstraat", "1", null, "9000", "Gent", "BE"),
                PhoneNumber.valueOf("091234567"),
                3));

        assertThat(correction.changes())
                .containsExactly(
                        entry("street", "\"Korenmarkt\" → \"Veldstraat\""), entry("phone", "\"\" → \"+3291234567\""));
        assertThat(correction.after())
                .isEqualTo(new ContactDetails(
                        "CG00000018",
                        CustomerType.PRIVATE,
                        Salutation.MS,
                        "Anne",
                        "Peeters",
                        "",
                        "anne@example.org",
                        "Veldstraat",
                        "1",
                        "",
                        "9000",
                        "Gent",
                        "BE",
                        "+3291234567",
                        "+32470123456",
                        Language.NL,
                        3));
    }

    @Test
    void every_correctable_field_is_compared_in_form_order() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        Correction correction = before.correct(new CorrectContactDetailsCommand(
                Salutation.MX,
                " Jan ",
                "Janssens",
                PostalAddress.valueOf("Rue Neuve", "5", "b2", "1000", "Bruxelles", "BE"),
                PhoneNumber.valueOf("021234567"),
                Language.FR,
                3));

        assertThat(correction.changes())
                .containsExactly(
                        entry("salutation", "\"MS\" → \"MX\""),
                        entry("firstName", "\"Anne\" → \"Jan\""),
                        entry("lastName", "\"Peeters\" → \"Janssens\""),
                        entry("street", "\"Korenmarkt\" → \"Rue Neuve\""),
                        entry("houseNumber", "\"1\" → \"5\""),
                        entry("box", "\"\" → \"b2\""),
                        entry("postalCode", "\"9000\" → \"1000\""),
                        entry("city", "\"Gent\" → \"Bruxelles\""),
                        entry("phone", "\"\" → \"+3221234567\""),
                        entry("language", "\"NL\" → \"FR\""));
        assertThat(correction.after().email()).isEqualTo("anne@example.org");
        assertThat(correction.after().mobile()).isEqualTo("+32470123456");
    }

    @Test
    void a_command_that_changes_nothing_has_no_changes() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        Correction correction = before.correct(command("Anne", "Peeters", KORENMARKT, null, 3));

        assertThat(correction.changesNothing()).isTrue();
        assertThat(correction.after()).isEqualTo(before);
    }

    @Test
    void a_private_customer_without_a_last_name_is_refused() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        assertThatThrownBy(() -> before.correct(command("Anne", " ", KORENMARKT, null, 3)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-required");
    }

    @Test
    void a_business_contact_person_may_be_unnamed() {
        var before = details(CustomerType.BUSINESS, "Anne", "Peeters");

        Correction correction = before.correct(command("", "", KORENMARKT, null, 3));

        assertThat(correction.changes())
                .containsExactly(entry("firstName", "\"Anne\" → \"\""), entry("lastName", "\"Peeters\" → \"\""));
        assertThat(correction.after().companyName()).isEqualTo("Peeters BV");
    }

    @Test
    void a_command_made_from_another_version_is_refused() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        assertThatThrownBy(() -> before.correct(command("Anne", "Peeters", KORENMARKT, null, 2)))
                .isInstanceOf(ChangedMeanwhileException.class);
    }

    @Test
    void the_missing_name_is_reported_before_the_stale_version() {
        var before = details(CustomerType.PRIVATE, "Anne", "Peeters");

        assertThatThrownBy(() -> before.correct(command("", "Peeters", KORENMARKT, null, 2)))
                .isInstanceOf(InvalidValueException.class);
    }
}
