package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jan.peeters@example.be           | jan.peeters@example.be",
                "'  Jan.Peeters@Example.BE  '     | Jan.Peeters@example.be",
                "an+nieuwsbrief@mail.cloudgroup.be | an+nieuwsbrief@mail.cloudgroup.be",
                "o'brien@example.ie               | o'brien@example.ie",
                "info@sub-domain.example.co.uk     | info@sub-domain.example.co.uk",
                "x@a1.be                           | x@a1.be",
            })
    void a_valid_address_is_trimmed_and_its_domain_lower_cased(String input, String canonical) {
        assertThat(EmailAddress.valueOf(input)).hasToString(canonical);
        assertThat(EmailAddress.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void a_missing_address_is_required(String input) {
        assertRejected(input, "validation.email.required");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan.example.be",
                "jan@@example.be",
                "jan@peeters@example.be",
                "@example.be",
                "jan@",
                "jan@example",
                "jan@example.b",
                "jan@example.c0m",
                "jan@example..be",
                "jan@.example.be",
                "jan@-example.be",
                "jan@example-.be",
                "jan@exa_mple.be",
                ".jan@example.be",
                "jan.@example.be",
                "jan..peeters@example.be",
                "jan peeters@example.be",
                "\"jan\"@example.be",
                "jan@exämple.be",
            })
    void a_malformed_address_is_rejected(String input) {
        assertRejected(input, "validation.email.format");
    }

    @ParameterizedTest
    @MethodSource("tooLongAddresses")
    void a_too_long_address_is_rejected(String input) {
        assertRejected(input, "validation.email.too-long");
    }

    static Stream<Arguments> tooLongAddresses() {
        return Stream.of(
                Arguments.of("a".repeat(65) + "@example.be"),
                Arguments.of("jan@" + longDomain(EmailAddress.MAX_LENGTH - "jan@".length() + 1)));
    }

    @Test
    void an_address_of_exactly_the_maximum_length_is_accepted() {
        String address = "a".repeat(EmailAddress.LOCAL_PART_MAX_LENGTH) + "@"
                + longDomain(EmailAddress.MAX_LENGTH - EmailAddress.LOCAL_PART_MAX_LENGTH - 1);

        assertThat(address).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.valueOf(address)).hasToString(address);
    }

    @Test
    void addresses_differing_only_in_the_case_of_the_domain_are_equal() {
        assertThat(EmailAddress.valueOf("jan@EXAMPLE.be"))
                .isEqualTo(EmailAddress.valueOf("jan@example.BE"))
                .hasSameHashCodeAs(EmailAddress.valueOf("jan@example.be"));
        assertThat(EmailAddress.valueOf("jan@example.be").domain()).isEqualTo("example.be");
    }

    /** A syntactically valid domain of exactly the given length: 50-letter labels and a ".be". */
    private static String longDomain(int length) {
        StringBuilder domain = new StringBuilder();
        // Stop early enough to leave at least one letter for the last label.
        while (domain.length() + 51 + 1 + ".be".length() <= length) {
            domain.append("d".repeat(50)).append('.');
        }
        domain.append("e".repeat(length - domain.length() - ".be".length())).append(".be");
        return domain.toString();
    }

    private static void assertRejected(String input, String messageKey) {
        assertThatThrownBy(() -> EmailAddress.valueOf(input))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(EmailAddress.isValid(input)).isFalse();
    }
}
