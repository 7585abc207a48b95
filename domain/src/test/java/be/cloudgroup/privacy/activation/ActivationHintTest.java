package be.cloudgroup.privacy.activation;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.correction.ContactChannel;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActivationHintTest {

    @Test
    void an_address_on_file_shows_only_its_first_letter_and_domain() {
        assertThat(ActivationHint.mask(ContactChannel.EMAIL, "newcomer@example.com"))
                .isEqualTo("n•••@example.com");
    }

    @Test
    void a_mobile_on_file_shows_only_its_country_code_and_last_two_digits() {
        assertThat(ActivationHint.mask(ContactChannel.SMS, "+32478204166")).isEqualTo("+32•••••••66");
    }

    @Test
    void a_decoy_has_the_shape_of_a_real_hint() {
        IntStream.range(0, 200)
                .mapToObj(attempt -> ActivationHint.decoy())
                .forEach(decoy -> assertThat(decoy).matches("[a-z]•••@[a-z]+\\.[a-z]+|\\+32•{7}\\d{2}"));
    }

    @Test
    void a_numbers_decoy_is_kept_under_a_digest_not_the_number() {
        assertThat(ActivationHint.digest("CG00010033"))
                .hasSize(64)
                .doesNotContain("CG00010033")
                .isEqualTo(ActivationHint.digest("CG00010033"))
                .isNotEqualTo(ActivationHint.digest("CG00000026"));
    }
}
