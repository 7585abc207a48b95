package be.cloudgroup.privacy.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import org.junit.jupiter.api.Test;

class CorrectContactDetailsCommandTest {

    private static final PostalAddress ADDRESS = PostalAddress.valueOf("Korenmarkt", "1", null, "9000", "Gent", "BE");

    @Test
    void names_are_trimmed_and_blank_names_are_empty() {
        var command = new CorrectContactDetailsCommand(Salutation.MS, "  Anne   Marie ", null, ADDRESS, null,
                Language.NL, 3);

        assertThat(command.firstName()).isEqualTo("Anne Marie");
        assertThat(command.lastName()).isEmpty();
    }

    @Test
    void a_last_name_longer_than_80_characters_is_refused() {
        assertThatThrownBy(() -> new CorrectContactDetailsCommand(Salutation.MS, "Anne", "x".repeat(81), ADDRESS,
                null, Language.NL, 3))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-too-long");
    }

    @Test
    void the_changes_list_only_changed_fields_with_old_and_new_value() {
        var before = new ContactDetails("CG00000018", CustomerType.PRIVATE, Salutation.MS, "Anne", "Peeters", "",
                "anne@example.org", "Korenmarkt", "1", "", "9000", "Gent", "BE", "", "+32470123456", Language.NL, 3);
        var command = new CorrectContactDetailsCommand(Salutation.MS, "Anne", "Peeters",
                PostalAddress.valueOf("Veldstraat", "1", null, "9000", "Gent", "BE"), PhoneNumber.valueOf("091234567"),
                Language.NL, 3);

        assertThat(CorrectionService.changes(before, command))
                .containsExactly(java.util.Map.entry("street", "\"Korenmarkt\" → \"Veldstraat\""),
                        java.util.Map.entry("phone", "\"\" → \"+3291234567\""));
    }
}
