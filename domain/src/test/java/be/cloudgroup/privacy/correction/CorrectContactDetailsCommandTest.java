package be.cloudgroup.privacy.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import org.junit.jupiter.api.Test;

class CorrectContactDetailsCommandTest {

    private static final PostalAddress ADDRESS = PostalAddress.valueOf("Korenmarkt", "1", null, "9000", "Gent", "BE");

    @Test
    void names_are_trimmed_and_blank_names_are_empty() {
        var command =
                new CorrectContactDetailsCommand(Salutation.MS, "  Anne   Marie ", null, ADDRESS, null, Language.NL, 3);

        assertThat(command.firstName()).isEqualTo("Anne Marie");
        assertThat(command.lastName()).isEmpty();
    }

    @Test
    void a_last_name_longer_than_80_characters_is_refused() {
        assertThatThrownBy(() -> new CorrectContactDetailsCommand(
                        Salutation.MS, "Anne", "x".repeat(81), ADDRESS, null, Language.NL, 3))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-too-long");
    }
}
